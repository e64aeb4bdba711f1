import { enBase } from './en-base';
import { compare } from './sections/compare';
import { decide } from './sections/decide';
import { offers } from './sections/offers';

/** The words of the decide step (see en-base.ts). */
export const t = { ...enBase, decide, offers, compare };
