import { enBase } from './en-base';
import { compare } from './sections/compare';
import { negotiate } from './sections/negotiate';

/** The words of the negotiate step (see en-base.ts). */
export const t = { ...enBase, negotiate, compare };
