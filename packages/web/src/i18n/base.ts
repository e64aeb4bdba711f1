import { enBase } from './en-base';

/** The words shared by every page inside a workspace (see en-base.ts). */
export const t = enBase;
