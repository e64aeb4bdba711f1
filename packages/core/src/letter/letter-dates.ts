import * as chrono from 'chrono-node';

export type LetterLanguage = 'en' | 'de';

/** A calendar date (and maybe a time) stated in a letter. */
export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM when a time of day is stated. */
  time?: string;
  /** Offset in minutes east of UTC when a zone is stated ("5 p.m. CET"). */
  offsetMinutes?: number;
  /** True when the year was written; false when it was taken from `now`. */
  yearStated: boolean;
  start: number;
  end: number;
  raw: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Dates with a stated day and month in `text`, read by chrono-node in the letter's language.
 * `now` anchors dates without a year; it is a parameter because core reads no clock.
 */
export function datesIn(
  text: string,
  language: LetterLanguage,
  now: Date,
  offset = 0,
): DateMention[] {
  const parser = language === 'de' ? chrono.de : chrono.en;
  const results = parser.parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: true });
  const out: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (year === null || month === null || day === null) continue;
    const mention: DateMention = {
      date: `${year}-${pad(month)}-${pad(day)}`,
      yearStated: s.isCertain('year'),
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      raw: r.text,
    };
    if (s.isCertain('hour')) {
      mention.time = `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
      if (s.isCertain('timezoneOffset')) mention.offsetMinutes = s.get('timezoneOffset') ?? 0;
    }
    out.push(mention);
  }
  return out;
}
