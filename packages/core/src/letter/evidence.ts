import { type Sentence, termCells, termLabelLine } from './term-table';

/** Where a value came from in the letter: the sentence quoted and its place in the text. */
export interface Evidence {
  quote: string;
  /** Offsets into the letter text, [start, end). */
  start: number;
  end: number;
  /** 1-based line of `start`, for people reading a printout. */
  line: number;
  /** Where the value itself sits inside the quote, for highlighting (offsets into the text). */
  mark?: { start: number; end: number };
}

// Declared with the term tables, which split sentences into cells, so neither imports the other.
export type { Sentence };

// A sentence ends at . ! ? followed by a space and a capital or digit, or at a blank line. Common
// abbreviations ("Inc.", "Mr.", "No.") and decimals ("1.5") do not end one.
const abbreviations =
  /(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|Jr|Sr|No|St|vs|etc|approx|e\.g|i\.e|z\.B|bzw|ca|Nr|Str|U\.S|p\.a|Rs)\.|\b[A-Za-z]\.)$/;

const amountLine =
  /^[ \t|]*(?:[A-Z]{1,3}\$|[$€£₹¥]|(?:USD|EUR|GBP|CHF|CAD|AUD|HKD|SGD|INR|Rs\.?)\s?)\d[\d,.']*(?:\s?[km]\b)?[ \t]*(?:\/=[ \t]*)?[a-z]/;

const valueLine =
  /^[ \t|]*(?:(?:[A-Z]{1,3}\$|[$€£₹¥]|(?:USD|EUR|GBP|CHF|CAD|AUD|HKD|SGD|INR|Rs\.?)\s?)\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,3}(?:\.\d+)?\s?%)/;

/** Whether the line starting at `from` is a value and the line after it is not another. */
function oneValueBelow(text: string, from: number): boolean {
  if (!valueLine.test(text.slice(from, from + 60))) return false;
  const next = text.indexOf('\n', from);
  return next < 0 || !valueLine.test(text.slice(next + 1, next + 61));
}

const germanMonth = /^\s+(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/;

/** Splits a letter into sentences with their offsets; table cells and list items end one too. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      // A blank line, a bullet, or the end of a short line (letterhead, date, salutation) ends a
      // sentence; a long line is a wrapped one and runs on.
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i);
      // A label ("Base Salary:") or a table rule ("|") belongs with the line after it.
      // So does a heading of a few words ("Base salary") when the next line starts with an amount
      // and goes on in words ("HK$3,347,607 per annum"); a bare amount there is a table cell.
      const label =
        /:\s*$/.test(line) ||
        /^[\s|•*-]*$/.test(line) ||
        (/^[\s|]*[A-Za-z][A-Za-z ]{1,40}$/.test(line) &&
          amountLine.test(text.slice(i + 1, i + 60))) ||
        // A term table with one label a line and its value on the next: "Signing Bonus" above
        // "$40,000" or "March 1, 2027". Two values below one label are columns (current and
        // new pay), which no line says apart: left alone.
        (termLabelLine.test(line) && oneValueBelow(text, i + 1));
      const short = i - lineStart < 50 && /\S/.test(line) && !label;
      // Hard-wrapped text ("your options would⏎vest⏎monthly"): a short line that stops mid-clause
      // runs on when the next line goes on in lower case or names the amount's currency.
      const runsOn =
        !/[.!?;:]\s*$/.test(line) &&
        /^\n[ \t]*(?:[a-z]|(?:CDN|CAD|USD|EUR|GBP)\b)/.test(text.slice(i, i + 8));
      if (
        /^\n[ \t]*(\n|•)/.test(text.slice(i, i + 4)) ||
        (short && !runsOn && !/[-–(]\s*$/.test(line))
      ) {
        push(i + 1);
        continue;
      }
    }
    if (c === '.' || c === '!' || c === '?') {
      const after = text.slice(i + 1, i + 6);
      const ends = after === '' || /^[ \t]*\n/.test(after) || /^\s+["“(]?[A-Z0-9ÄÖÜ]/.test(after);
      if (!ends) continue;
      // "1. Februar 2027": a German ordinal day, not a sentence end.
      if (c === '.' && /\d$/.test(text.slice(i - 1, i)) && germanMonth.test(after)) continue;
      if (c === '.' && abbreviations.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out.flatMap((sentence) => termCells(text, sentence));
}

/** 1-based line number of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const maxQuote = 320;

/**
 * Evidence for a match inside a sentence: the whole sentence when short, else a window around
 * the match cut at word boundaries, so the quote stays readable and still contains the value.
 */
export function evidenceFor(
  text: string,
  sentence: Sentence,
  matchStart = sentence.start,
  matchEnd = sentence.end,
): Evidence {
  let start = sentence.quoteStart ?? sentence.start;
  let end = sentence.end;
  if (end - start > maxQuote) {
    const room = Math.max(0, maxQuote - (matchEnd - matchStart));
    start = Math.max(sentence.start, matchStart - Math.floor(room / 2));
    end = Math.min(sentence.end, Math.max(matchEnd, start + maxQuote));
    while (start > sentence.start && /\S/.test(text.charAt(start - 1))) start--;
    while (end < sentence.end && /\S/.test(text.charAt(end))) end++;
  }
  const marked =
    matchStart !== (sentence.quoteStart ?? sentence.start) || matchEnd !== sentence.end;
  return {
    quote: text.slice(start, end),
    start,
    end,
    line: lineOf(text, start),
    ...(marked ? { mark: { start: matchStart, end: matchEnd } } : {}),
  };
}
