import { enBase } from './en-base';
import { compare } from './sections/compare';
import { outcomes } from './sections/outcomes';

/** The words of the compare step (see en-base.ts). */
export const t = { ...enBase, compare, outcomes };
