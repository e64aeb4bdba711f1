import { moneyIn } from './money';

// A letter's term table ("Location: … Position: … Base Salary: $X Sign-On Bonus: $Y Start Date: …")
// often reaches us as one run of text, since PDF extraction drops the table's cells and lines. Read
// as one sentence, each figure seems to compete with the others. Split, each cell is a sentence of
// its own. Where extraction put a run of labels ahead of their values ("Sign-On Bonus: Equity Award
// Value: $375,000 $7,000,000"), the values are paired with the labels in order, and each cell
// keeps the label it was paired with as its heading.

const labelNames = `Work Location|Location|Position|(?:Job )?Title|Report(?:ing|s) To|Manager|(?:Annual |Initial |Starting )?Base Salary|(?:Annual )?Salary|Sign(?:ing|-on|-On| on| On) Bonus|Signing Bonus|(?:Annual |Target )?Bonus(?: Target)?|Target Bonus|Annual (?:Incentive|Bonus)(?: Plan)? Target|Equity(?: Award)?(?: Value)?|(?:Stock )?Options?|(?:Initial )?RSUs?(?: Grant)?|Relocation(?: Bonus| Allowance| Assistance)?|(?:Anticipated |Expected |Proposed )?Start Date`;
const termLabel = new RegExp(String.raw`(?<![\w-])(?:${labelNames})\s*:`, 'g');

/** A line that is only a term label, without its colon: "Signing Bonus" above "$40,000". */
export const termLabelLine = new RegExp(String.raw`^[ \t|]*(?:${labelNames})[ \t|]*$`);

/** A sentence of the letter, or a cell of a term table, with its offsets into the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** A term table's label for the value this cell holds, when the label is not right before it. */
  heading?: string;
  /** Where the quote starts when it must show more than the sentence: the cell's label. */
  quoteStart?: number;
}

type Kind = 'money' | 'percent' | 'date';

// What each label takes: a date, a share of the salary or a sum, or any of them.
function kindsOf(label: string): Kind[] {
  if (/start date/i.test(label)) return ['date'];
  if (/bonus|incentive/i.test(label)) return ['money', 'percent'];
  if (/location|position|title|report|manager/i.test(label)) return [];
  return ['money'];
}

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const valuePattern = new RegExp(
  String.raw`${month}\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+${month},?\s+\d{4}|\b\d{1,3}(?:\.\d+)?\s?%`,
  'g',
);

interface Value {
  kind: Kind;
  start: number;
  end: number;
}

function valuesIn(text: string, offset: number): Value[] {
  const values: Value[] = moneyIn(text, offset).map((m) => ({
    kind: 'money' as const,
    start: m.start,
    end: m.end,
  }));
  for (const m of text.matchAll(valuePattern)) {
    const start = offset + (m.index ?? 0);
    values.push({ kind: m[0].includes('%') ? 'percent' : 'date', start, end: start + m[0].length });
  }
  return values.sort((a, b) => a.start - b.start);
}

/** A sentence that holds a term table, split into its cells; any other sentence as it is. */
export function termCells(text: string, sentence: Sentence): Sentence[] {
  const labels = [...sentence.text.matchAll(termLabel)]
    // A label starts with a capital: "the location: …" in prose is not a cell.
    .filter((m) => /^[A-Z]/.test(m[0]))
    .map((m) => ({
      start: sentence.start + (m.index ?? 0),
      end: sentence.start + (m.index ?? 0) + m[0].length,
      name: m[0].replace(/\s*:$/, ''),
    }));
  if (labels.length < 3) return [sentence];
  const cells: Sentence[] = [];
  const slice = (start: number, end: number, extra: Partial<Sentence> = {}) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) cells.push({ text: text.slice(s, e), start: s, end: e, ...extra });
  };
  const first = labels[0];
  if (first) slice(sentence.start, first.start);
  let i = 0;
  while (i < labels.length) {
    // A run: labels with nothing but spaces between them.
    let j = i;
    while (j + 1 < labels.length && /^\s*$/.test(text.slice(labels[j]?.end, labels[j + 1]?.start)))
      j++;
    const run = labels.slice(i, j + 1);
    const last = labels[j];
    if (!last) break;
    const segmentEnd = labels[j + 1]?.start ?? sentence.end;
    const paired = run.length > 1 ? pairRun(text, run, last.end, segmentEnd) : undefined;
    if (paired) {
      const head = run[0]?.start ?? last.end;
      // The last value runs on to the next label ("50% of Base Salary"); at the table's end
      // it stops with the value, since the letter's prose follows.
      const atEnd = j + 1 >= labels.length;
      paired.forEach((p, k) => {
        const next = paired[k + 1];
        slice(p.value.start, next ? next.value.start : atEnd ? p.value.end : segmentEnd, {
          heading: p.label,
          quoteStart: head,
        });
      });
      if (atEnd) slice(paired[paired.length - 1]?.value.end ?? last.end, segmentEnd);
    } else {
      // One label per value, or a run that does not pair up: each label with what follows it.
      // A label left without a value stays apart, so it names nothing it does not hold.
      for (const [k, label] of run.entries())
        slice(label.start, k === run.length - 1 ? segmentEnd : label.end);
    }
    i = j + 1;
  }
  return cells;
}

/**
 * A run of N labels followed by values: the first N values the labels take, in order, when each
 * is of the kind its label takes and no other value of those kinds comes between them.
 */
function pairRun(
  text: string,
  run: { name: string }[],
  from: number,
  to: number,
): { label: string; value: Value }[] | undefined {
  const taking = run.filter((l) => kindsOf(l.name).length > 0);
  // A run holding a label without a sum or date (Location, Position) is not a table of figures.
  if (taking.length !== run.length) return undefined;
  const values = valuesIn(text.slice(from, to), from);
  if (values.length < run.length) return undefined;
  const pairs: { label: string; value: Value }[] = [];
  for (const [k, label] of run.entries()) {
    const value = values[k];
    if (!value || !kindsOf(label.name).includes(value.kind)) return undefined;
    pairs.push({ label: label.name, value });
  }
  return pairs;
}
