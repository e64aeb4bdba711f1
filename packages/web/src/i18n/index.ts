import { en } from './en';

/** The active messages. One language today; a second one is another object of this shape. */
export const t = en;
