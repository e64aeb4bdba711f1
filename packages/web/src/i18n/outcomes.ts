import { enBase } from './en-base';
import { editor } from './sections/editor';
import { outcomes } from './sections/outcomes';
import { priorityDetails } from './sections/priorityDetails';
import { profile } from './sections/profile';

/** The words of the outcomes step (see en-base.ts). */
export const t = { ...enBase, outcomes, editor, priorityDetails, profile };
