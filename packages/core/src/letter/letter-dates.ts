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
  /** The letter writes numeric dates day first ("14-07-2024"), as in India or the UK. */
  dayFirst = false,
): DateMention[] {
  // "May [30], 2023": filers bracket a filled-in day; the brackets become spaces, so every
  // position in the text stays where it was.
  // "31-May-2007": a day-first date joined by hyphens reads as "31 May 2007".
  const plain = text
    .replace(/\[\s*\d{1,2}\s*\]/g, (m) => m.replace(/[[\]]/g, ' '))
    .replace(/\b(\d{1,2})-([A-Za-z]{3,9})-(\d{4})\b/g, '$1 $2 $3');
  // "01.05.2005" is day-first wherever it is written (US letters never use dots), so English
  // letters of German companies read it as German does; the US parser would take January 5.
  // Four-digit years only: "clause 3.2.10" is a section number, not 3 February 2010.
  const dotted = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/g;
  const parse = (p: Pick<typeof chrono.en, 'parse'>, t: string) =>
    p.parse(t, { instant: now, timezone: 'UTC' }, { forwardDate: true });
  let results =
    language === 'de'
      ? parse(chrono.de, plain)
      : [
          ...parse(
            dayFirst ? chrono.en.GB : chrono.en,
            plain.replace(dotted, (m) => ' '.repeat(m.length)),
          ),
          ...parse(chrono.de, plain).filter((r) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(r.text.trim())),
        ];
  // Bilingual contracts write English months in German paragraphs ("tritt am 16 May 2022 … ein").
  if (language === 'de') {
    const english = parse(chrono.en, plain).filter(
      (e) =>
        !results.some(
          (r) => e.index < r.index + r.text.length && r.index < e.index + e.text.length,
        ),
    );
    results = [...results, ...english];
  }
  results.sort((a, b) => a.index - b.index);
  const out: DateMention[] = [];
  // chrono reads "5:00 p.m. PST on November 13" as two results; the time is joined to its date.
  const times = results.filter((r) => r.start.isCertain('hour') && !r.start.isCertain('day'));
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    // "within 45 days", "next Friday": relative to when it is read, not a date the letter states.
    if (
      !/\d{1,2}[./-]\d{1,2}|[A-Za-zä]{3,}\.?\s*\d|\d(?:st|nd|rd|th)?\.?\s*(?:of\s+)?[A-Za-zä]{3,}/.test(
        r.text,
      ) ||
      /\b(days?|weeks?|hours?|minutes?|Tage?n?|Wochen?|Stunden?|Minuten?)\b/i.test(r.text)
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
      raw: text.slice(r.index, r.index + r.text.length),
    };
    const time = s.isCertain('hour')
      ? r
      : times.find((t) => {
          const gap =
            t.index < r.index
              ? text.slice(t.index + t.text.length, r.index)
              : text.slice(r.index + r.text.length, t.index);
          return timeGap.test(gap);
        });
    if (time) {
      const t = time.start;
      mention.time = `${pad(t.get('hour') ?? 0)}:${pad(t.get('minute') ?? 0)}`;
      const zoneText = text.slice(
        Math.min(r.index, time.index),
        Math.max(r.index + r.text.length, time.index + time.text.length) + 30,
      );
      const named = namedZoneIn(zoneText);
      const zoned = named ? offsetOn(named, mention.date, mention.time) : undefined;
      if (zoned !== undefined) mention.offsetMinutes = zoned;
      else if (t.isCertain('timezoneOffset')) mention.offsetMinutes = t.get('timezoneOffset') ?? 0;
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

// Zones written as words (or as US letters that do not say standard or daylight time): their
// offset depends on the date, so it is looked up for that date instead of taken as written.
const zoneNames: [RegExp, string][] = [
  [/\b(?:Eastern(?: Time)?|ET)\b/, 'America/New_York'],
  [/\b(?:Central(?: Time)?|CT)\b/, 'America/Chicago'],
  [/\b(?:Mountain(?: Time)?|MT)\b/, 'America/Denver'],
  [/\b(?:Pacific(?: Time)?|PT)\b/, 'America/Los_Angeles'],
  [/\b(?:UK time|London time|British time)\b/i, 'Europe/London'],
  [/\b(?:German time|deutscher Zeit|Berlin time)\b/i, 'Europe/Berlin'],
];
const zoneWords = `(?:(?:Eastern|Central|Mountain|Pacific)(?: (?:Standard|Daylight))?(?: Time)?|ET|CT|MT|PT|UK time|London time|British time|German time|Berlin time|deutscher Zeit|[A-Z]{2,4}|Uhr(?: [A-Z]{3,4})?)`;
// What may stand between a time and its date: "5 p.m. Eastern Time on March 5".
const timeGap = new RegExp(
  String.raw`^\s*(?:noon\s*)?(?:\(?${zoneWords}\)?\s*)?(?:on|at|,|am|um)?\s*$`,
);

function namedZoneIn(text: string): string | undefined {
  for (const [pattern, zone] of zoneNames) if (pattern.test(text)) return zone;
  return undefined;
}

/** Minutes east of UTC in an IANA zone at a local date and time, from the platform's zone data. */
function offsetOn(zone: string, date: string, time: string | undefined): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time ?? '12:00').split(':').map(Number);
  const guess = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 12, mm ?? 0);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - guess) / 60000);
}

/**
 * The date the letter is written on: a line near the top that is only a date (maybe after a
 * place, "München, 3. November 2026") or a "Date:" line. Dates without a year, and answers due
 * "within N days of this letter", are read from it.
 */
export function letterDateIn(
  text: string,
  language: LetterLanguage,
  now: Date,
): DateMention | undefined {
  let offset = 0;
  let label = false;
  for (const line of text.split('\n').slice(0, 15)) {
    const plain = line.replace(/[*_|#]/g, ' ');
    // A term table with the label on the line above ("Start Date:", then "January 7, 2028")
    // names another date, as the label beside it would.
    const underLabel = label;
    label = /^\s*(?!Date\b|Datum\b|Dated\b)\p{L}[\p{L} /&'-]{1,40}:\s*$/iu.test(plain);
    if (underLabel) {
      offset += line.length + 1;
      continue;
    }
    const bare = plain
      .replace(/^\s*(?:Date|Datum|Dated)\s*:?-?\s*/i, '')
      .replace(/^\s*\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2},\s*(?:den\s+)?/u, '')
      .trim()
      .replace(/[.,;]+$/, '');
    const found = bare.length > 0 && bare.length <= 32 ? datesIn(bare, language, now) : [];
    const date = found[0];
    // Only a line that is nothing but a date: "Start Date: 1 May 2027" names another date.
    if (date?.yearStated && found.length === 1 && date.raw.length >= bare.length - 2) {
      const start = text.indexOf(date.raw, offset);
      if (start >= 0) return { ...date, start, end: start + date.raw.length };
    }
    offset += line.length + 1;
  }
  return undefined;
}
