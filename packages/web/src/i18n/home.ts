import { enHome } from './en-home';

/** The first page's messages only (see en-home.ts); every other page uses `t` from index.ts. */
export const t = enHome;
