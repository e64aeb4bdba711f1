/** Languages Offerwise writes and checks messages in; English first, German proves the structure. */
export const languages = ['en', 'de'] as const;
export type Language = (typeof languages)[number];
