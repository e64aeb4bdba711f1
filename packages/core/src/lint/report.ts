import type { VFile } from 'vfile';
import { type Location, location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { Severity } from './rule';
import type { Phrase } from './words/phrases';

export interface Finding {
  ruleId: string;
  severity: Severity;
  reason: string;
  offset: number;
  length: number;
  actual?: string;
  /** Ready replacements for the span; '' deletes it. */
  expected?: string[];
}

const locations = new WeakMap<VFile, Location>();

/** Adds a finding to the file as a vfile message, positioned by offset like retext's own rules. */
export function report(file: VFile, finding: Finding): void {
  let where = locations.get(file);
  if (!where) {
    where = location(file);
    locations.set(file, where);
  }
  const start = where.toPoint(finding.offset);
  const end = where.toPoint(finding.offset + finding.length);
  if (!start || !end) return;
  const message = file.message(finding.reason, {
    place: { start, end },
    ruleId: finding.ruleId,
    source: 'offerwise',
  });
  message.fatal =
    finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected) message.expected = finding.expected;
}

/** Where a finding already in the file sits, as text offsets (a point is an empty span). */
export function spanOf(message: VFileMessage): { start: number; end: number } | undefined {
  const place = message.place;
  if (!place) return undefined;
  const start = 'start' in place ? place.start.offset : place.offset;
  const end = 'end' in place ? place.end.offset : start;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Every match of a global pattern in the text. */
export function matchAll(text: string, pattern: RegExp): RegExpMatchArray[] {
  return [...text.matchAll(pattern)];
}

/** The first match of a global pattern, from the start of the text. */
export function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match;
}

/**
 * Every match of a list of phrases, in list order, leaving out a match that overlaps an earlier
 * one: the word lists come before the broad grammar patterns, so "consider the offer declined"
 * is reported once, by its phrase.
 */
export function phraseMatches(
  text: string,
  phrases: readonly Phrase[],
): { match: RegExpMatchArray; phrase: Phrase }[] {
  const out: { match: RegExpMatchArray; phrase: Phrase }[] = [];
  for (const phrase of phrases) {
    for (const match of text.matchAll(phrase.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const overlaps = out.some(({ match: m }) => {
        const from = m.index ?? 0;
        return start < from + m[0].length && from < end;
      });
      if (!overlaps) out.push({ match, phrase });
    }
  }
  return out;
}
