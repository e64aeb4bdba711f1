import { countOf, countPattern } from './money';

export type VestingCadence = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

// A type, not an interface, so a reading fits the API's record-shaped response schema.
export type VestingReading = {
  cliffMonths?: number;
  totalMonths: number;
  cadence?: VestingCadence;
  /** Share vesting in each year, as the workspace schema wants it (sums to 100). */
  schedulePct: number[];
  /** The schedule in words, e.g. "25% after 12 months, then monthly, 48 months in all". */
  words: string;
};

export type VestingRead =
  | { kind: 'schedule'; reading: VestingReading }
  | { kind: 'partial' | 'immediate' | 'milestones'; words: string }
  | undefined;

const n = (token: string | undefined) => (token ? countOf(token) : undefined);

const cliffPatterns: [RegExp, (m: RegExpExecArray) => number | undefined][] = [
  [
    /\b(\d+|one|two)[- ]?(?:\(\d\)[- ])?(?:year|yr)[- ]cliff|cliff of (one|1) year/i,
    (m) => (countOf(m[1] ?? m[2] ?? '') ?? 0) * 12 || undefined,
  ],
  [/(\d+)[- ]?month[- ]cliff|cliff of (\d+) months/i, (m) => Number(m[1] ?? m[2])],
  [
    /(?:\b(?:one|1|first)\b[- ](?:\(1\)[- ])?year anniversary|first anniversary|after (?:you complete |completing |the completion of )?(?:one|1|the first|your first) (?:\(1\) )?(?:full )?year|one year (?:from|after)|at the end of (?:your|the) first year|after (?:your )?first year)/i,
    () => 12,
  ],
  [/nach (?:einem|1|dem ersten) Jahr|nach (?:zwölf|12) Monaten/i, () => 12],
  // "one fourth of the shares vesting twelve (12) months after the grant date"
  [
    new RegExp(
      String.raw`vest(?:ing|s)?\s+${countPattern}\s*(?:\(\d+\)\s*)?months\s+(?:after|following|from)\s+(?:the\s+|your\s+)?(?:grant|start|hire|hiring|vesting|employment|commencement|date)`,
      'i',
    ),
    (m) => n(m[1]),
  ],
  [
    new RegExp(
      String.raw`(?:upon|on|after)\s+(?:the\s+)?(?:completion of|completing)\s+${countPattern}\s*(?:\(\d+\)\s*)?(?:full\s+)?months`,
      'i',
    ),
    (m) => n(m[1]),
  ],
  [
    new RegExp(
      String.raw`${countPattern}[- ](?:\(\d+\)[- ])?month anniversary|(?:after|first)\s+${countPattern}\s*(?:\(\d+\)\s*)?(?:full\s+)?months`,
      'i',
    ),
    (m) => n(m[1] ?? m[2]),
  ],
];

const cadencePatterns: [VestingCadence, RegExp][] = [
  [
    'monthly',
    /monthly|each (?:full )?month|every month|per month|1\/(?:48|36|24)(?:th)?\b|each monthly anniversary|monatlich/i,
  ],
  [
    'quarterly',
    /quarterly|each (?:calendar )?quarter|every (?:three|3) months|each third (?:calendar )?month|quartalsweise|vierteljährlich/i,
  ],
  ['semiannual', /semi-?annual(?:ly)?|every six months|halbjährlich/i],
  [
    'annual',
    /annually|each year|every year|per year|each (?:subsequent )?anniversary|yearly|equal annual|(?:25|20|33(?:\.3+)?)%\s*increments|jährlich|pro Jahr/i,
  ],
];

const yearsWord = String.raw`(one|two|three|four|five|1|2|3|4|5|zwei|drei|vier|fünf)`;
const years = (t: string | undefined) => {
  const map: Record<string, number> = { zwei: 2, drei: 3, vier: 4, fünf: 5 };
  return t ? (countOf(t) ?? map[t.toLowerCase()]) : undefined;
};

function totalFromStart(s: string): number | undefined {
  const m =
    new RegExp(
      String.raw`(?:over|across|during)\s+(?:a\s+(?:period|term)\s+of\s+)?${yearsWord}(?:\s*\(\d\))?[- ]years?(?!\s+(?:following|after|thereafter))`,
      'i',
    ).exec(s) ??
    new RegExp(String.raw`${yearsWord}[- ]year (?:vesting|period|schedule)`, 'i').exec(s) ??
    new RegExp(String.raw`total vesting period of ${yearsWord}\s*years`, 'i').exec(s) ??
    new RegExp(
      String.raw`(?:fully\s+)?vest(?:ed|s)?\s+(?:in\s+full\s+)?(?:in|within)\s+${yearsWord}\s+years`,
      'i',
    ).exec(s) ??
    new RegExp(String.raw`(?:über|innerhalb von)\s+${yearsWord}\s+Jahre`, 'i').exec(s);
  const y = years(m?.[1]);
  if (y) return y * 12;
  // "over a 36 month period", "over sixty (60) months".
  const months = new RegExp(
    String.raw`over\s+(?:a\s+(?:period\s+of\s+)?)?${countPattern}\s*(?:\(\d+\)\s*)?[- ]?months?(?:\s+period)?(?!\s+(?:following|after|thereafter))`,
    'i',
  ).exec(s);
  const count = n(months?.[1]);
  return count !== undefined && count >= 12 && count <= 60 ? count : undefined;
}

function afterCliff(s: string): number | undefined {
  const m =
    new RegExp(
      String.raw`over\s+(?:the\s+)?(?:following\s+|next\s+|subsequent\s+)?${countPattern}\s*(?:\(\d+\)\s*)?months?\s+(?:following|after|thereafter)`,
      'i',
    ).exec(s) ??
    new RegExp(
      String.raw`(?:following|next|subsequent|remaining)\s+${countPattern}[- ]month period`,
      'i',
    ).exec(s) ??
    new RegExp(
      String.raw`(?:following|next|subsequent|additional|remaining)\s+${countPattern}\s*(?:\(\d+\)\s*)?(?:equal\s+)?(?:monthly\s+)?(months|month period|installments|instalments)`,
      'i',
    ).exec(s) ??
    new RegExp(
      String.raw`${countPattern}\s*(?:\(\d+\)\s*)?equal\s+monthly\s+(?:installments|instalments)`,
      'i',
    ).exec(s);
  if (m) return n(m[1]);
  const yearsAfter = new RegExp(
    String.raw`(?:following|next|subsequent)\s+${yearsWord}\s+years|over\s+${yearsWord}\s+years\s+(?:thereafter|following)`,
    'i',
  ).exec(s);
  const y = years(yearsAfter?.[1] ?? yearsAfter?.[2]);
  if (y) return y * 12;
  const quarters = new RegExp(
    String.raw`${countPattern}\s*(?:\(\d+\)\s*)?equal\s+(?:quarterly\s+)?(?:installments|instalments)[^.]{0,80}quarter`,
    'i',
  ).exec(s);
  const q = n(quarters?.[1]);
  return q ? q * 3 : undefined;
}

const equalShare =
  /(?:\b(\d{1,2})\s?%|\bone[- ](half|third|fourth|quarter|fifth|sixth|eighth)|\b1\/([2-8])(?!\d))(?:\s+(?:of|of the|of your)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:will|shall)\s+vest|\s+vesting|\s+vests?)?\s+(?:at the end of\s+|on\s+)?(?:each|every|per)\s+(?:calendar\s+|full\s+)?(year|month|quarter|six months)\b/i;

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];

/** "in four equal annual installments", "on each of the first three anniversaries", "on the first, second and third anniversaries". */
function annualTranches(s: string): number | undefined {
  const m =
    new RegExp(
      String.raw`${countPattern}\s*(?:\(\d\)\s*)?(?:equal\s+|substantially equal\s+)?annual\s+(?:installments|instalments|tranches)`,
      'i',
    ).exec(s) ??
    new RegExp(
      String.raw`each of the (?:first\s+)?${countPattern}\s*(?:\(\d\)\s*)?anniversaries`,
      'i',
    ).exec(s);
  // "in 3 equal tranches at the end of year 1, year 2 and year 3"
  const byYear = new RegExp(
    String.raw`${countPattern}\s*(?:equal\s+)?(?:installments|instalments|tranches)\s+(?:at the end of|on|after)\s+year\s+1\b`,
    'i',
  ).exec(s);
  const count = n(m?.[1] ?? byYear?.[1]);
  if (count && count <= 5) return count * 12;
  const listed =
    /\b((?:first|second|third|fourth|fifth)(?:,?\s+(?:and\s+)?(?:first|second|third|fourth|fifth))+)\s+anniversar/i.exec(
      s,
    );
  if (!listed?.[1]) return undefined;
  const named = listed[1].toLowerCase().match(/first|second|third|fourth|fifth/g) ?? [];
  // Only a run that starts at the first anniversary and skips none describes the whole schedule.
  const run = named.every((w, i) => w === ordinals[i]);
  return run && named.length >= 2 ? named.length * 12 : undefined;
}

function yearly(cliff: number | undefined, total: number): number[] {
  const yearsCount = Math.max(1, Math.ceil(total / 12));
  // Whole years of a monthly/quarterly schedule vest evenly, the cliff's share landing in year one.
  const share = Math.round(10000 / yearsCount) / 100;
  const out = Array.from({ length: yearsCount }, () => share);
  out[yearsCount - 1] = Math.round((100 - share * (yearsCount - 1)) * 100) / 100;
  void cliff;
  return out;
}

/** A schedule in words: "first part after 12 months, then monthly, 48 months in all". */
export function scheduleWords(
  cliffMonths: number | undefined,
  cadence: VestingCadence | undefined,
  totalMonths: number,
): string {
  return [
    cliffMonths ? `first part after ${cliffMonths} months` : '',
    cadence ? `then ${cadence}` : '',
    `${totalMonths} months in all`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The cliff a sentence names ("a one year cliff", "at one year after your date of hire"). */
export function cliffIn(sentence: string): number | undefined {
  for (const [pattern, read] of cliffPatterns) {
    const m = pattern.exec(sentence);
    const cliff = m ? read(m) : undefined;
    if (cliff !== undefined) return cliff;
  }
  return undefined;
}

/** The cadence a line names without saying "vest", for lines listed under a schedule. */
export function listedCadenceIn(line: string): VestingCadence | undefined {
  return cadencePatterns.find(([, p]) => p.test(line))?.[0];
}

/** The vesting cadence a sentence names, if it is about vesting at all. */
export function cadenceIn(sentence: string): VestingCadence | undefined {
  return /\bvest|unverfallbar/i.test(sentence) ? listedCadenceIn(sentence) : undefined;
}

/** Reads a vesting schedule from one sentence, or says why it cannot be a time schedule. */
export function vestingIn(sentence: string): VestingRead {
  // Restricted stock bought outright "vests" as the company's right to buy it back lapses: "the
  // Repurchase Option shall lapse as to one-fourth … on the first anniversary".
  const lapsing =
    /\b(?:repurchase (?:option|right)|right of repurchase)\b[^.]{0,200}\b(?:lapses?|released?|releases)\b/i.test(
      sentence,
    );
  if (!lapsing && !/\bvest|unverfallbar|Vesting/i.test(sentence)) return undefined;
  if (
    /immediately vested|fully vested (?:upon|on|at) (?:grant|the date of grant)|sofort unverfallbar/i.test(
      sentence,
    )
  )
    return { kind: 'immediate', words: 'vests immediately' };
  // "vest ratably over the next 36 months": equal parts over a count of months is a monthly
  // share, as US equity plans use the word; "ratably over four years" names no cadence.
  let cadence =
    listedCadenceIn(sentence) ??
    (new RegExp(
      String.raw`\bratabl[ey]\b[^.;]{0,40}?\bover\s+(?:a\s+period\s+of\s+)?(?:the\s+(?:following|next)\s+)?${countPattern}\s*(?:\(\d+\)\s*)?months`,
      'i',
    ).test(sentence)
      ? 'monthly'
      : undefined);
  let cliff = cliffIn(sentence);
  if (
    cliff === undefined &&
    /zero \(0\) vesting for the first|no (?:shares|options|units) (?:shall|will) vest/i.test(
      sentence,
    )
  ) {
    const m = new RegExp(String.raw`first\s+${countPattern}\s*(?:\(\d+\)\s*)?months`, 'i').exec(
      sentence,
    );
    cliff = n(m?.[1]);
  }
  // "one-fourth after a year, the remaining three-fourths monthly over 36 months": the months
  // named for the rest come after the cliff.
  const rest = new RegExp(
    String.raw`\b(?:remaining|remainder|rest|balance)\b[^.;]{0,150}?\bover\s+(?:a\s+period\s+of\s+)?(?:the\s+(?:following|next)\s+)?${countPattern}\s*(?:\(\d+\)\s*)?months`,
    'i',
  ).exec(sentence);
  const restMonths = cliff !== undefined ? n(rest?.[1]) : undefined;
  let total =
    restMonths !== undefined && cliff !== undefined ? cliff + restMonths : totalFromStart(sentence);
  const tranches = annualTranches(sentence);
  if (total === undefined && tranches !== undefined) {
    total = tranches;
    cadence ??= 'annual';
  }
  // "vest at a rate of 25% per year": the yearly share gives the length.
  const perYear = /(\d{2})\s?%\s*(?:per|a|each)\s+year/i.exec(sentence);
  if (
    total === undefined &&
    perYear &&
    100 % Number(perYear[1]) === 0 &&
    Number(perYear[1]) >= 20
  ) {
    total = (100 / Number(perYear[1])) * 12;
    cadence ??= 'annual';
  }
  // "one-fourth each year", "25% … at the end of each calendar year", "one sixth every six
  // months": an equal share per period gives the length.
  const share = equalShare.exec(sentence);
  if (total === undefined && share) {
    const parts = share[1]
      ? 100 / Number(share[1])
      : share[2]
        ? { half: 2, third: 3, fourth: 4, quarter: 4, fifth: 5, sixth: 6, eighth: 8 }[
            share[2].toLowerCase() as 'half'
          ]
        : Number(share[3]);
    const period = (share[4] ?? '').toLowerCase();
    const step = period === 'year' ? 12 : period === 'quarter' ? 3 : period === 'month' ? 1 : 6;
    if (Number.isInteger(parts) && parts >= 2 && parts * step <= 60) {
      total = parts * step;
      cadence ??=
        step === 12 ? 'annual' : step === 3 ? 'quarterly' : step === 1 ? 'monthly' : 'semiannual';
    }
  }
  if (total === undefined && cliff !== undefined) {
    const rest = afterCliff(sentence);
    if (rest !== undefined) total = cliff + rest;
    // "vesting in full on the one-year anniversary": the cliff is the whole schedule.
    else if (
      /vest(?:ing|s|ed)?\s+in\s+full\s+(?:on|upon|at|after)\b|100\s?%\s+(?:of\s+\w+\s+)?(?:shall\s+|will\s+)?vest/i.test(
        sentence,
      )
    )
      total = cliff;
  }
  // "in 24 equal monthly installments from the grant date": no cliff, the count is the length.
  if (total === undefined && cliff === undefined) {
    const m = new RegExp(
      String.raw`${countPattern}\s*(?:\(\d+\)\s*)?equal\s+(monthly|quarterly)\s+(?:installments|instalments)`,
      'i',
    ).exec(sentence);
    const count = n(m?.[1]);
    if (count) total = count * (m?.[2]?.toLowerCase() === 'quarterly' ? 3 : 1);
  }
  // "1/48th of the shares each month": the denominator counts the instalments.
  const fraction = /\b1\/(48|36|24|16|12)(?:th)?\b/.exec(sentence);
  if (fraction && cadence) {
    const step = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 }[cadence];
    const whole = Number(fraction[1]) * step;
    // "1/48 each month after the first year, over a three year period": the period read is the
    // part after the cliff when it and the cliff add up to the fraction's whole schedule.
    if (total === undefined || (cliff !== undefined && cliff + total === whole)) total = whole;
  }
  // "… and the last 3% on the 48th monthly anniversary": the last month named ends the schedule.
  const last = Math.max(
    0,
    ...[...sentence.matchAll(/\b(\d{1,2})(?:st|nd|rd|th) monthly anniversar(?:y|ies)/gi)].map((m) =>
      Number(m[1]),
    ),
  );
  if (last > 0 && total !== undefined && last > total && last <= 60) total = last;
  if (total === undefined && cliff === undefined && cadence === undefined) {
    if (/milestone|performance (?:goals|criteria|conditions)/i.test(sentence))
      return { kind: 'milestones', words: 'vests on milestones or performance goals' };
    return undefined;
  }
  if (total === undefined) {
    return {
      kind: 'partial',
      words: `the letter states ${[cliff !== undefined ? `a ${cliff}-month cliff` : '', cadence ? `${cadence} vesting` : ''].filter(Boolean).join(' and ')} but not how long vesting lasts`,
    };
  }
  const cliffMonths = cliff ?? (cadence === 'annual' ? 12 : undefined);
  const words = scheduleWords(cliffMonths, cadence, total);
  return {
    kind: 'schedule',
    reading: {
      ...(cliffMonths !== undefined ? { cliffMonths } : {}),
      totalMonths: total,
      ...(cadence ? { cadence } : {}),
      schedulePct: yearly(cliffMonths, total),
      words,
    },
  };
}
