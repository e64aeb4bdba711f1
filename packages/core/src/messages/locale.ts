import { format, parseISO } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { formatMoney } from '../workspace/format';
import type { Language } from '../workspace/language';

const dateLocales = { en: enGB, de } as const;
const numberLocales: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };
const dayPatterns: Record<Language, string> = { en: 'EEEE d MMMM', de: 'EEEE, d. MMMM' };
const datePatterns: Record<Language, string> = { en: 'd MMMM yyyy', de: 'd. MMMM yyyy' };

/** "Wednesday 2 December" / "Mittwoch, 2. Dezember": how a near date reads in a message. */
export function formatDay(date: Date, language: Language): string {
  return format(date, dayPatterns[language], { locale: dateLocales[language] });
}

/** "1 March 2027" / "1. März 2027", from an ISO calendar date. */
export function formatCalendarDate(isoDate: string, language: Language): string {
  return format(parseISO(isoDate), datePatterns[language], { locale: dateLocales[language] });
}

export function formatAmount(value: number, currency: string, language: Language): string {
  return formatMoney(value, currency, numberLocales[language]);
}
