import { enBase } from './en-base';
import { editor } from './sections/editor';
import { offers } from './sections/offers';
import { profile } from './sections/profile';

/** The words of the offers step (see en-base.ts). */
export const t = { ...enBase, offers, editor, profile };
