/** A replacement of `length` characters at `offset` with `text` ('' deletes them). */
export interface Fix {
  offset: number;
  length: number;
  text: string;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** True when `offset` starts a sentence: text start, a blank line or line start, or after . ! ? */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '\n' || c === '.' || c === '!' || c === '?';
}

/**
 * Widens a fix so that applying it as a plain splice leaves clean text: deleting a word takes one
 * of the spaces around it and a comma that would be left dangling ("Sam, to be honest, I" → "Sam,
 * I"), and a deletion or replacement at the start of a sentence capitalises what then starts it
 * ("Maybe we could" → "We could"). The web app and the CLI apply fixes by offset alone, so the
 * fix itself has to carry the punctuation.
 */
export function tidyFix(text: string, fix: Fix): Fix {
  let start = fix.offset;
  let end = fix.offset + fix.length;
  let insert = fix.text;
  if (insert === '') {
    // Take the commas and spaces that only surrounded the deleted words.
    let after = end;
    while (isSpace(text[after])) after++;
    let before = start;
    while (before > 0 && isSpace(text[before - 1])) before--;
    const prev = text[before - 1];
    const next = text[after];
    if (
      prev === ',' &&
      (next === ',' || next === '.' || next === '!' || next === '?' || next === ';')
    ) {
      // "decline, to be honest." → "decline." and "Sam, maybe, we" → "Sam, we".
      start = before - 1;
      end = next === ',' ? after + 1 : after;
      if (next === ',') {
        start = before;
        while (isSpace(text[end])) end++;
        insert = ' ';
      }
    } else if (next === ',' && (before === 0 || startsSentence(text, before))) {
      // "Honestly, I decided" → "I decided".
      end = after + 1;
      while (isSpace(text[end])) end++;
      start = before;
    } else if (next === ',' || next === '.' || next === '!' || next === '?' || next === ';') {
      start = before;
      end = after;
    } else if (isSpace(text[end])) {
      end = after;
    } else if (before < start) {
      start = before;
    }
  }
  // A sentence that now starts with a lower-case letter gets it capitalised.
  if (startsSentence(text, start) || (insert === '' && start === 0)) {
    if (insert === '' || insert === ' ') {
      const first = text[end];
      if (isLetter(first) && first !== first?.toUpperCase()) {
        insert = (insert === ' ' ? ' ' : '') + (first as string).toUpperCase();
        end += 1;
      }
    } else if (isLetter(insert[0])) {
      insert = (insert[0] as string).toUpperCase() + insert.slice(1);
    }
  }
  return { offset: start, length: end - start, text: insert };
}

/** Applies non-overlapping fixes from last to first, so earlier offsets stay valid. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const fix of [...fixes].sort((a, b) => b.offset - a.offset)) {
    if (fix.offset + fix.length > limit) continue;
    out = out.slice(0, fix.offset) + fix.text + out.slice(fix.offset + fix.length);
    limit = fix.offset;
  }
  return out;
}
