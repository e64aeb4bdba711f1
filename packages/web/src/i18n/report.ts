import { enBase } from './en-base';
import { compare } from './sections/compare';
import { timing } from './sections/timing';

/** The words of the report step (see en-base.ts). */
export const t = { ...enBase, timing, compare };
