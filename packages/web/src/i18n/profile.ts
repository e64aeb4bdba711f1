import { enBase } from './en-base';
import { profile } from './sections/profile';
import { rates } from './sections/rates';

/** The words of the profile step (see en-base.ts). */
export const t = { ...enBase, profile, rates };
