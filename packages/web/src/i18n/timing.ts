import { enBase } from './en-base';
import { timing } from './sections/timing';

/** The words of the timing step (see en-base.ts). */
export const t = { ...enBase, timing };
