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
  // chrono reads "5:00 p.m. PST on November 13" as two results; the time is joined to its date.
  const times = results.filter((r) => r.start.isCertain('hour') && !r.start.isCertain('day'));
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    // "within 45 days", "next Friday": relative to when it is read, not a date the letter states.
    if (
      !/\d{1,2}[./-]\d{1,2}|[A-Za-zä]{3,}\.?\s*\d|\d\.?\s*[A-Za-zä]{3,}/.test(r.text) ||
      /\b(days?|weeks?|Tage?n?|Wochen?)\b/i.test(r.text)
    )
      continue;
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
    const time = s.isCertain('hour')
      ? r
      : times.find((t) => {
          const gap =
            t.index < r.index
              ? text.slice(t.index + t.text.length, r.index)
              : text.slice(r.index + r.text.length, t.index);
          return /^\s*(?:on|at|,|am|um)?\s*$/i.test(gap);
        });
    if (time) {
      const t = time.start;
      mention.time = `${pad(t.get('hour') ?? 0)}:${pad(t.get('minute') ?? 0)}`;
      if (t.isCertain('timezoneOffset')) mention.offsetMinutes = t.get('timezoneOffset') ?? 0;
      if (time !== r) {
        mention.start = offset + Math.min(r.index, time.index);
        mention.end = offset + Math.max(r.index + r.text.length, time.index + time.text.length);
        mention.raw = text.slice(mention.start - offset, mention.end - offset);
      }
    }
    out.push(mention);
  }
  return out;
}
