import { enBase } from './en-base';
import { compare } from './sections/compare';
import { decide } from './sections/decide';
import { editor } from './sections/editor';
import { letters } from './sections/letters';
import { negotiate } from './sections/negotiate';
import { offers } from './sections/offers';
import { outcomes } from './sections/outcomes';
import { priorityDetails } from './sections/priorityDetails';
import { profile } from './sections/profile';
import { rates } from './sections/rates';
import { timing } from './sections/timing';

/**
 * Every word the web app shows, in one place so it can be translated: a translation is another
 * object of the same shape (`typeof en`), section by section (sections/). Figures and
 * explanations computed by core arrive already in words and are shown as they are. Steps import
 * only their sections (i18n/<step>.ts); pages that have not been split use all of them.
 */
export const en = {
  ...enBase,
  profile,
  rates,
  editor,
  priorityDetails,
  outcomes,
  offers,
  compare,
  timing,
  decide,
  letters,
  negotiate,
};

export type Messages = typeof en;
