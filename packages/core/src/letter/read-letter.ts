import { gateReading } from './confidence-gate';
import { evidenceFor, type Sentence, sentencesOf } from './evidence';
import { datesIn, type LetterLanguage, letterDateIn } from './letter-dates';
import {
  type LetterConflict,
  type LetterField,
  type LetterFieldKey,
  type LetterReading,
  type LetterValue,
  labelOf,
  type PayPeriod,
} from './letter-reading';
import {
  countOf,
  countPattern,
  type MoneyMention,
  moneyIn,
  raisedAfterProbation,
  restatesInOtherCurrency,
} from './money';
import { cadenceIn, cliffIn, listedCadenceIn, scheduleWords, vestingIn } from './vesting-words';
import { locationIn } from './work-location';

/**
 * Reads an offer letter's text into proposed offer fields. Rule-based and explainable: every value
 * keeps the sentence it came from, its place in the text, a confidence and a "how" in words.
 * Competing mentions (two different salaries, a date that is only a bound) are listed in
 * `conflicts` and no value is chosen for them: a wrong figure is worse than none.
 *
 * @example
 * readLetter('Your annual base salary will be $120,000. Your start date is March 2, 2027.', { now })
 * // fields: base {amount 120000, period annual}, currency USD, startDate 2027-03-02, each with its quote
 */

export type {
  GateRule,
  LetterConflict,
  LetterField,
  LetterFieldKey,
  LetterReading,
  LetterValue,
  PayPeriod,
} from './letter-reading';

export interface ReadLetterOptions {
  /** Anchors dates written without a year. */
  now: Date;
  language?: LetterLanguage;
}

const germanWords = /\b(und|der|die|das|Sie|Ihre?n?|wir|für|mit|bei|Gehalt|Vertrag|zum|vom)\b/g;
const englishWords = /\b(and|the|you|your|we|for|with|salary|offer|will|of|to)\b/g;

export function detectLanguage(text: string): LetterLanguage {
  const de = text.match(germanWords)?.length ?? 0;
  const en = text.match(englishWords)?.length ?? 0;
  return de > en ? 'de' : 'en';
}

type Topic = 'base' | 'ctc' | 'signOn' | 'bonus' | 'equity' | 'relocation' | 'repay' | 'other';

// Order matters only for ties at the same offset: the longer, more specific phrase wins.
const topicWords: [Topic, RegExp][] = [
  [
    'signOn',
    /sign(?:ing|-on| on)[ -]bonus|signing payment|sign-on|joining bonus|hiring bonus|starting bonus|one[- ]time\s+(?:(?:cash|taxable|lump[- ]sum)\s+)?(?:bonus|payment)|Antrittsprämie|Startprämie|Willkommensprämie|Einstiegsprämie|Signing-Bonus/gi,
  ],
  ['relocation', /relocation|moving (?:expenses|allowance)|living allowance|Umzug\w*|Relocation/gi],
  [
    'equity',
    /stock options?|options?\b|restricted stock units?|RSUs?|shares|equity|Aktien\w*|Anteil\w*|VSOP|ESOP/gi,
  ],
  ['bonus', /bonus\w*|incentive|commission|Bonus\w*|Prämie|Tantieme|variable\w*/gi],
  [
    'base',
    /base (?:salary|pay|compensation)|salary|wages?|compensation will be|(?:initial|starting) compensation|annual(?:ized)? rate|(?:monthly|weekly|hourly) rate|rate of pay|pay rate|paychecks?|retainer|fixed component|base component|basic (?:pay|salary)|(?:annual|fixed|yearly) remuneration|fixed compensation|Grundgehalt|Jahresgehalt|Bruttojahresgehalt|Jahresbruttogehalt|Monatsgehalt|Bruttomonatsgehalt|Gehalt|Vergütung|Fixgehalt/gi,
  ],
  // An Indian letter's "cost to company" holds the base with the employer's costs: the base only
  // when the letter names no fixed part of it.
  // "Annual Total Remuneration (ATR)" is the same total under another name.
  ['ctc', /cost to (?:the )?company|\bCTC\b|total remuneration|\bATR\b/gi],
  [
    'repay',
    /repa(?:y|id|yment)|pay back|reimburse|zurückzuzahlen|zurückzahlen|Rückzahlung|erstatten/gi,
  ],
  [
    'other',
    /severance|loan|transition payment|tax|expenses|insurance|benefits?|capital-forming|leverage|par value|per share|exercise price|\bOTE\b|on[- ]target earnings|(?:target|total) (?:(?:annual|cash|target|direct) )*compensation(?: will be| of| is)?|Abfindung|Darlehen|vermögenswirksame\w*/gi,
  ],
];

// A payment's purpose stated as helping with a move: "to assist you in your move to Boston".
const movePurpose =
  /\bto (?:assist|help|support)\b(?:\s+you)?\s+(?:in|with)\s+(?:your\s+|the\s+)?(?:move|moving|relocation|relocating)\b/i;

const signOnHeading = /^\W*(?:sign(?:ing|-on| on)[ -](?:bonus|incentive)|signing payment)\W{0,3}:/i;

/** The topic named closest before an amount in its sentence (or just after it, if none before). */
function topicOf(sentence: Sentence, at: number, end: number): Topic | undefined {
  // "a Sign on Bonus (the “Bonus”) of $X": a generic short name a letter defines stands for the
  // longer one before it, so it names no topic of its own; a specific one ("the “Signing
  // Bonus”") still says what the figure is. Blanked, so positions stay.
  const before = sentence.text
    .slice(0, at - sentence.start)
    .replace(/\(\s*(?:the\s+)?[“"][^”"]{1,40}[”"]\s*\)/gi, (m) =>
      /sign(?:ing|-on| on)[ -]bonus|starting bonus|hiring bonus|joining bonus|relocation|moving/i.test(
        m,
      )
        ? m
        : ' '.repeat(m.length),
    );
  // "an additional $80,000 annually in commissions": the words right after the figure name it.
  // "$325,000 of variable commissions" likewise.
  const named =
    /^\W{0,3}(?:(?:[a-z]+\s+){0,2}?in|of(?:\s+(?:variable|target|annual))?)\s+(commissions?|bonus(?:es)?|incentives?)\b/i.exec(
      sentence.text.slice(end - sentence.start, end - sentence.start + 40),
    );
  if (named) return 'bonus';
  // "$75,000 (the “Signing Bonus”)": the name the letter defines for the figure says what it is,
  // whatever longer clause ("a one-time retention bonus") comes before it.
  const defined = /^\s*\(\s*(?:the\s+|hereinafter\s+)?[“"]([^”"]{2,40})[”"]/i.exec(
    sentence.text.slice(end - sentence.start, end - sentence.start + 60),
  )?.[1];
  if (
    defined &&
    /sign(?:ing|-on| on)[ -]bonus|starting bonus|hiring bonus|joining bonus/i.test(defined)
  )
    return 'signOn';
  if (defined && /relocation|moving/i.test(defined)) return 'relocation';
  // A cell of a term table whose label stood apart from it: the label names the figure.
  if (sentence.heading) {
    let named: { topic: Topic; end: number; length: number } | undefined;
    for (const [topic, pattern] of topicWords)
      for (const m of sentence.heading.matchAll(pattern)) {
        const e = (m.index ?? 0) + m[0].length;
        if (!named || e > named.end || (e === named.end && m[0].length > named.length))
          named = { topic, end: e, length: m[0].length };
      }
    if (named) return named.topic;
  }
  let best: { topic: Topic; end: number; length: number } | undefined;
  for (const [topic, pattern] of topicWords) {
    for (const m of before.matchAll(pattern)) {
      const e = (m.index ?? 0) + m[0].length;
      if (!best || e > best.end || (e === best.end && m[0].length > best.length))
        best = { topic, end: e, length: m[0].length };
    }
  }
  // A keyword long before the figure says little: "salary ... and a bonus of $X" is about bonus.
  if (best && before.length - best.end < 160) return best.topic;
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 40);
  let first: { topic: Topic; index: number } | undefined;
  for (const [topic, pattern] of topicWords) {
    for (const m of after.matchAll(pattern)) {
      const i = m.index ?? 0;
      if (!first || i < first.index) first = { topic, index: i };
    }
  }
  return first?.topic ?? best?.topic;
}

const periodWords: [PayPeriod, RegExp][] = [
  [
    'pay-period',
    /semi-?monthly|twice (?:a |per )?month(?:ly)?|bi-?weekly|bi-?monthly|per pay period|every (?:two|other) weeks?|fortnightly/i,
  ],
  ['hourly', /per hour|an hour|hourly|\/\s?h(?:ou)?r\b|pro Stunde|Stundenlohn|stündlich/i],
  [
    'monthly',
    /per month|a month|monthly|\/\s?mo(?:nth)?\b|pro Monat|monatlich|Monatsgehalt|Bruttomonatsgehalt/i,
  ],
  [
    'annual',
    /per (?:year|annum)|a year|annual(?:ly|ized|ised)?|yearly|\/\s?y(?:ea)?r\b|\/-\s?PA\b|p\.\s?a\.|per anno|jährlich|pro Jahr|Jahresgehalt|Jahresbruttogehalt|Bruttojahresgehalt|im Jahr/i,
  ],
];

/** The pay period written right next to an amount: just after it, else just before it. */
function periodOf(text: string, sentence: Sentence, money: MoneyMention): PayPeriod | undefined {
  // "an annualized rate of $120,000 paid twice monthly", "(annualized to $325,000/yr)": the words
  // just before say the figure is yearly, whatever pay frequency follows it.
  const lead = text.slice(Math.max(sentence.start, money.start - 40), money.start);
  if (/\bannuali[sz]ed\s+(?:rate\s+of|to|at|of)\s*$|\bat an annual rate of\s*$/i.test(lead))
    return 'annual';
  // "Your annual salary will be $170,000 to be paid bi-weekly": "paid" says how often the yearly
  // figure is paid out, not the figure's own period.
  if (
    /\b(?:annual|yearly)\s+(?:base\s+)?(?:salary|pay|compensation|rate)\b[^.;$€£]{0,30}$/i.test(
      lead,
    ) &&
    /^\s*,?\s*(?:to be |and )?(?:paid|payable)\b/i.test(text.slice(money.end, money.end + 30))
  )
    return 'annual';
  // "$27,000 ($324,000 annualized) per month": a yearly word right after the figure is its own
  // period; the pay frequency after the bracket belongs to the figure before it.
  if (
    /^\s*(?:annuali[sz]ed|annually|per annum|per year|a year|p\.\s?a\.|on an? annual(?:i[sz]ed)? basis)(?![\w-])/i.test(
      text.slice(money.end, money.end + 20),
    )
  )
    return 'annual';
  // "$7,708.33 (before deductions …) semi-monthly": a parenthesis right after the figure is skipped.
  const aside = /^\s*\([^)]{0,160}\)/.exec(text.slice(money.end, sentence.end));
  const from = money.end + (aside?.[0].length ?? 0);
  const afterRaw = text.slice(from, Math.min(sentence.end, from + 32));
  const after = afterRaw.split(/[,;.(]/)[0] ?? '';
  for (const [period, pattern] of periodWords) if (pattern.test(after)) return period;
  const beforeRaw = text.slice(Math.max(sentence.start, money.start - 48), money.start);
  const before = beforeRaw.split(/[.;:]/).pop() ?? '';
  for (const [period, pattern] of periodWords) if (pattern.test(before)) return period;
  // "Monatsgehalt: €4.500,00": a label line names the period before its colon.
  const lineStart = text.lastIndexOf('\n', money.start - 1) + 1;
  const label = /^([^:\n]{2,40}):/.exec(text.slice(lineStart, money.start))?.[1];
  if (label) for (const [period, pattern] of periodWords) if (pattern.test(label)) return period;
  return undefined;
}

interface Found {
  field: LetterField;
  /** Groups readings of one thing; two different values under one group are a conflict. */
  group: string;
  /** A comparable form of the value. */
  same: string;
}

export function readLetter(text: string, options: ReadLetterOptions): LetterReading {
  const language = options.language ?? detectLanguage(text);
  const sentences = sentencesOf(text);
  const found: Found[] = [];
  const conflicts: LetterConflict[] = [];
  const add = (
    value: LetterValue,
    sentence: Sentence,
    confidence: number,
    how: string,
    at?: { start: number; end: number },
    group: string = value.key,
    same = JSON.stringify(value),
  ) => {
    found.push({
      field: { value, evidence: evidenceFor(text, sentence, at?.start, at?.end), confidence, how },
      group,
      same,
    });
  };

  // One mention the person settles: listed with its sentence, never chosen for them.
  const listOne = (
    key: LetterFieldKey,
    reason: string,
    label: string,
    sentence: Sentence,
    at: { start: number; end: number },
  ) => {
    conflicts.push({
      key,
      reason,
      mentions: [{ label, evidence: evidenceFor(text, sentence, at.start, at.end) }],
    });
  };

  // Zero amounts ("par value $0.00") say nothing about pay but still name the letter's currency.
  const everyAmount = sentences.map((s) => moneyIn(s.text, s.start));
  const moneyBySentence = everyAmount.map((list) => list.filter((m) => m.amount > 0));

  const costToCompany: {
    sentence: Sentence;
    money: MoneyMention;
    period: PayPeriod | undefined;
  }[] = [];
  // Pay figures: each amount is classified by the topic named nearest to it.
  sentences.forEach((sentence, i) => {
    const monies = moneyBySentence[i] ?? [];
    const base: { money: MoneyMention; period: PayPeriod | undefined }[] = [];
    for (const [index, money] of monies.entries()) {
      // A salary's equivalent in another currency, in brackets after it, is no second salary.
      const prev = monies[index - 1];
      if (prev && restatesInOtherCurrency(prev, money, text.slice(prev.end, money.start))) continue;
      const topic = topicOf(sentence, money.start, money.end);
      // "$40,000 of your base salary will be paid in RSUs" is a part of the base, not the base.
      // "The salary range for this role is $70,000 to $105,000": the low end of a band.
      const partOf =
        /^\s*of (?:your|the|such) (?:annual )?base salary/i.test(
          text.slice(money.end, money.end + 40),
        ) ||
        (/\b(?:range|band)\b[^.;$€£]{0,40}$/i.test(text.slice(sentence.start, money.start)) &&
          /^\s*(?:to|-|–|and)\s*(?:[$€£]|\d)/.test(text.slice(money.end, money.end + 12)));
      // "Sign-On Bonus: The Company will pay you a bonus of $25,000": the heading names the bonus.
      if (topic === 'bonus' && signOnHeading.test(sentence.text)) {
        readSignOn(money, sentence, i);
        continue;
      }
      const later = raisedAfterProbation(
        text.slice(sentence.start, money.start),
        text.slice(money.end, sentence.end),
      );
      if (
        topic === 'base' &&
        !partOf &&
        !later &&
        !notTheBase(text.slice(sentence.start, money.start))
      )
        base.push({ money, period: periodOf(text, sentence, money) });
      else if (
        topic === 'ctc' &&
        !partOf &&
        !later &&
        !notTheBase(text.slice(sentence.start, money.start))
      )
        costToCompany.push({ sentence, money, period: periodOf(text, sentence, money) });
      else if (topic === 'signOn' && movePurpose.test(sentence.text)) {
        // "to assist you in your move …, a one-time payment of $X": money given for a move is
        // relocation help. Named a signing bonus as well, it is the person's to settle.
        if (/sign(?:ing|-on| on)[ -]bonus/i.test(sentence.text))
          listOne(
            'signOn',
            `${money.raw} is called a signing bonus but is given to help with a move; check whether it is a signing bonus or relocation support (which may have its own repayment terms).`,
            money.raw,
            sentence,
            money,
          );
        else readRelocation(money, sentence, i);
      } else if (topic === 'signOn') {
        // "a signing bonus of $50,000, $25,000 of which is paid on your first day", "one half of
        // this sign-on bonus ($100,000)": an instalment of the bonus, not a second bonus.
        const instalment =
          /^\s*\)?\s*(?:of which|of (?:this|the|that|such) (?:amount|bonus|sum))\b/i.test(
            text.slice(money.end, money.end + 40),
          ) ||
          /\b(?:one[- ]half|half|one[- ](?:third|quarter)|(?:a )?portion|the (?:first|second|third|final|remaining|balance|rest)|\d{1,3}\s?%)\s+(?:instal(?:l)?ment\s+)?of\s+(?:this|the|that|such|your)\s+(?:sign(?:ing|-on| on)[ -])?bonus\s*(?:\(|of|is|will be|shall be|,)?\s*$/i.test(
            text.slice(Math.max(sentence.start, money.start - 80), money.start),
          );
        if (!instalment) readSignOn(money, sentence, i);
      } else if (topic === 'bonus') {
        add(
          { key: 'bonus', amount: money.amount },
          sentence,
          0.75,
          `${money.raw} is named as a bonus`,
          money,
        );
      } else if (topic === 'relocation') readRelocation(money, sentence, i);
    }
    readBase(base, sentence);
  });
  // The cost to company is the base only when it is the letter's one pay figure: a fixed or base
  // component, or a salary, named anywhere is the base and the CTC total holds it.
  if (!found.some((f) => f.group === 'base') && !conflicts.some((c) => c.key === 'base'))
    for (const c of costToCompany) readBase([{ money: c.money, period: c.period }], c.sentence);

  function readBase(
    candidates: { money: MoneyMention; period: PayPeriod | undefined }[],
    sentence: Sentence,
  ) {
    if (candidates.length === 0) return;
    const annual = candidates.filter((c) => c.period === 'annual');
    const perPeriod = candidates.filter((c) => c.period && c.period !== 'annual');
    // "$600,000, paid biweekly ($23,076.93 annualized)": a yearly figure below another salary
    // figure in the same sentence means a label is wrong; say so rather than pick one.
    const larger =
      annual.length > 0 &&
      candidates.find((c) =>
        annual.some((a) => c.money.amount > a.money.amount && c.period !== 'annual'),
      );
    if (larger) {
      conflicts.push({
        key: 'base',
        reason: `The letter calls ${annual.map((a) => a.money.raw).join(', ')} a yearly figure but also names ${larger.money.raw}; ask which is the yearly base salary.`,
        mentions: [...annual, larger].map((c) => ({
          label: c.money.raw,
          evidence: evidenceFor(text, sentence, c.money.start, c.money.end),
        })),
      });
      return;
    }
    if (annual.length > 0) {
      for (const c of annual) {
        const support = perPeriod[0];
        add(
          {
            key: 'base',
            amount: c.money.amount,
            period: 'annual',
            annual: c.money.amount,
            ...(c.money.currency ? { currency: c.money.currency } : {}),
          },
          sentence,
          support ? 0.95 : 0.9,
          support
            ? `${support.money.raw} ${support.period} is stated as ${c.money.raw} a year`
            : `${c.money.raw} is stated as a yearly base`,
          c.money,
          'base',
          String(c.money.amount),
        );
      }
      return;
    }
    for (const c of candidates) {
      const { money, period } = c;
      const currency = money.currency ? { currency: money.currency } : {};
      if (period === 'monthly') {
        // "as well as a 13th monthly salary": German and Austrian contracts pay 13 or 14 months.
        const extra =
          /\b(1[34])(?:th|\.)\s+(?:monthly\s+)?(?:salary|month(?:'s|ly)? (?:salary|pay)|Monatsgehalt|Gehalt)|\b(thirteenth|fourteenth)\s+(?:monthly\s+)?(?:salary|month)|\b(1[34]|dreizehn|vierzehn)\s+Monatsgeh[aä]lter/i.exec(
            text.slice(sentence.start, Math.min(text.length, sentence.end + 300)),
          );
        const word = (extra?.[1] ?? extra?.[2] ?? extra?.[3] ?? '').toLowerCase();
        const months = /14|fourteenth|vierzehn/.test(word) ? 14 : extra ? 13 : 12;
        const annual = Math.round(money.amount * months * 100) / 100;
        add(
          { key: 'base', amount: money.amount, period, annual, ...currency },
          sentence,
          0.85,
          `${money.raw} a month × ${months} months${extra ? ` (the contract names "${extra[0].trim()}")` : ''}`,
          money,
          'base',
          String(annual),
        );
      } else if (period === 'hourly') {
        const hours = hoursPerWeek(text);
        if (hours) {
          const annualised = Math.round(money.amount * hours * 52);
          add(
            { key: 'base', amount: money.amount, period, annual: annualised, ...currency },
            sentence,
            0.8,
            `${money.raw} an hour × ${hours} hours a week × 52 weeks`,
            money,
            'base',
            String(annualised),
          );
        } else {
          listOne(
            'base',
            `The letter gives an hourly rate (${money.raw}) but no weekly hours, so it cannot be turned into a yearly base. Enter the hours or the yearly figure.`,
            money.raw,
            sentence,
            money,
          );
        }
      } else if (period === 'pay-period') {
        // "$3,000 semi-monthly" alone: the pay frequency says how many payments make a year.
        const near = text.slice(
          Math.max(sentence.start, money.start - 60),
          Math.min(sentence.end, money.end + 200),
        );
        const perYear = /semi-?monthly|twice (?:a |per )?month/i.test(near)
          ? 24
          : /bi-?weekly|every (?:two|other) weeks?|fortnightly/i.test(near)
            ? 26
            : undefined;
        if (perYear) {
          // Whole units, so "$12,916.67 semi-monthly" agrees with a stated $310,000 a year.
          const annualised = Math.round(money.amount * perYear);
          add(
            { key: 'base', amount: money.amount, period, annual: annualised, ...currency },
            sentence,
            0.75,
            `${money.raw} a pay period × ${perYear} payments a year`,
            money,
            'base',
            String(annualised),
          );
        }
      } else if (period === undefined && money.amount >= 15000) {
        add(
          {
            key: 'base',
            amount: money.amount,
            period: 'annual',
            annual: money.amount,
            ...currency,
          },
          sentence,
          0.7,
          `${money.raw} is named as salary with no period; read as a yearly figure`,
          money,
          'base',
          String(money.amount),
        );
      }
    }
  }

  function repaymentNear(index: number): {
    months?: number;
    rule?: 'pro-rata' | 'full';
    sentence?: Sentence;
  } {
    for (const s of sentences.slice(index, index + 3)) {
      if (!/repa|pay back|reimburse|zurück|Rückzahlung|erstatten|claw/i.test(s.text)) continue;
      const months = monthsIn(s.text);
      const rule = /pro[- ]?rata|prorated|pro-rated|proportionate|anteilig/i.test(s.text)
        ? 'pro-rata'
        : /in full|entire|full amount|vollständig|in voller Höhe/i.test(s.text)
          ? 'full'
          : undefined;
      return { ...(months ? { months } : {}), ...(rule ? { rule } : {}), sentence: s };
    }
    return {};
  }

  function readSignOn(money: MoneyMention, sentence: Sentence, index: number) {
    // "one of the following two options that you must elect: 1) a one-time bonus of $X …": a
    // choice the person makes is listed, never chosen for them.
    if (
      /one of the following|you (?:may|must|can) (?:elect|choose)|choose between/i.test(
        sentence.text,
      )
    ) {
      listOne(
        'signOn',
        `${money.raw} is one of several signing bonuses to choose from; enter the one you choose.`,
        money.raw,
        sentence,
        money,
      );
      return;
    }
    const repay = repaymentNear(index);
    add(
      {
        key: 'signOn',
        amount: money.amount,
        ...(repay.months ? { clawbackMonths: repay.months } : {}),
        ...(repay.rule ? { clawback: repay.rule } : {}),
      },
      sentence,
      0.9,
      `${money.raw} is named as a signing bonus${repay.months ? `; repayable if you leave within ${repay.months} months${repay.rule ? ` (${repay.rule})` : ''}` : ''}`,
      money,
      'signOn',
      String(money.amount),
    );
  }

  function readRelocation(money: MoneyMention, sentence: Sentence, index: number) {
    const repay = repaymentNear(index);
    add(
      {
        key: 'relocation',
        lumpSum: money.amount,
        ...(repay.months ? { repaymentMonths: repay.months } : {}),
      },
      sentence,
      0.8,
      `${money.raw} is named as relocation support`,
      money,
      'relocation',
      String(money.amount),
    );
  }

  // Currency: the base's currency, else the one most amounts are in.
  const allMoney = everyAmount.flat();
  const counts = new Map<string, number>();
  for (const m of allMoney)
    if (m.currency) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  const baseFound = found.find((f) => f.field.value.key === 'base');
  const baseCurrency =
    baseFound && baseFound.field.value.key === 'base' ? baseFound.field.value.currency : undefined;
  const [topCurrency] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const currency = baseCurrency ?? topCurrency?.[0];
  if (currency) {
    const witness =
      (baseFound
        ? allMoney.find(
            (m) =>
              m.start === (baseFound.field.evidence.mark?.start ?? baseFound.field.evidence.start),
          )
        : undefined) ?? allMoney.find((m) => m.currency === currency);
    const sentence =
      witness && sentences.find((s) => s.start <= witness.start && witness.end <= s.end);
    if (witness && sentence) {
      const how = baseCurrency
        ? `the base salary is written in ${currency} (${witness.raw})`
        : `${counts.get(currency)} of the letter's amounts are in ${currency}, e.g. ${witness.raw}`;
      add({ key: 'currency', code: currency }, sentence, baseCurrency ? 0.95 : 0.8, how, witness);
      if (counts.size > 1 && !baseCurrency) {
        conflicts.push({
          key: 'currency',
          reason: `The letter names more than one currency (${[...counts.keys()].join(', ')}).`,
          mentions: [],
        });
      }
    }
  }

  // Dates without a year are read as falling after the letter's own date, when it shows one.
  const letterDate = letterDateIn(text, language, options.now);
  const currentEmployee =
    /\b(?:this|your) promotion\b|\bpromot(?:ed|ion) to\b|in addition to your current (?:duties|role|position|responsibilities)|\btemporary assignment\b/i.exec(
      text,
    );
  const anchor = letterDate ? new Date(`${letterDate.date}T12:00:00Z`) : options.now;
  // A numeric date that can only be day first ("14-07-2024") says how the letter writes the
  // others: "12-01-2024" there is 12 January.
  const dayFirst = /\b(?:1[3-9]|2\d|3[01])[-/](?:0?[1-9]|1[0-2])[-/]\d{4}\b/.test(text);
  for (const [i, sentence] of sentences.entries()) {
    readDates(sentence);
    readEquity(sentence, i);
    readPercentBonus(sentence);
    readTimeOff(sentence);
    readTerms(sentence);
    readLocation(sentence);
  }

  function readLocation(sentence: Sentence) {
    const found = locationIn(sentence.text);
    if (!found) return;
    const { reading, index, length } = found;
    const start = sentence.start + index;
    const known = reading.country !== undefined;
    add(
      { key: 'location', ...reading },
      sentence,
      known ? 0.8 : 0.6,
      `"${reading.written}" is named as where you will work${known ? '' : '; the country is not stated, so add it yourself'}`,
      { start, end: start + length },
      'location',
      `${reading.city ?? ''}|${reading.country ?? ''}`,
    );
  }

  function readDates(sentence: Sentence) {
    const isStart =
      /start(?:ing)? date|start on|starting on|(?:start|begin|commence) (?:your )?(?:employment|work)|commence (?:employment|work)|commencement date|employment (?:will )?(?:begin|start|commence)|first day of employment|join (?:us|the company) on|effective (?:date|from|as of)|first day (?:of work|at work|with us|will be|is)|(?:appointment|employment)\b[^.]{0,80}?\bcommences?\s+on|with effect from|commencing (?:on|from)|commencement of (?:your )?employment|date of (?:commencement|joining|hire)|(?:joining|hire) date|employment\b[^.]{0,40}?\bwill (?:begin|start|commence)|(?:position|role|employment|appointment)\b[^.]{0,100}?\b(?:(?:will|shall) (?:commence|begin|start)|to (?:commence|begin|start) on)\b|\benter(?:s)? into (?:employment|the (?:service|employ))|in die Dienste|Eintrittsdatum|Eintritt|Arbeitsbeginn|Beginn des Arbeitsverhältnisses|beginnt am|\bBeginn\W{0,3}:|Startdatum/i.test(
        sentence.heading ? `${sentence.heading}: ${sentence.text}` : sentence.text,
      );
    const isDeadline =
      /sign(?:ed|ing)? and (?:return|send)(?:ing)?|\b(?:if|should|once|when) you (?:accept|sign|countersign|return)\b[^.]{0,80}\bby\b|\boffer\b[^.]{0,40}\bexpires?\b|return (?:a signed|the signed|this|it|the same)\b|accept(?:ance)? (?:of )?this offer by|respond by|let us know by|this offer (?:will )?(?:expire|lapse|remain open|is (?:valid|open))|offer expires|no later than .{0,40}(?:accept|sign)|let (?:us|me) know[^.]{0,40}\bby|remains? open until|valid until|(?:reply|respond|response|answer|decision)[^.]{0,40}\b(?:by|before|until)\b|return (?:one|a|the|both|two)?\s?(?:signed|countersigned|executed)?\s?cop(?:y|ies)|(?:signed|written) acceptance|(?:confirm|indicate) (?:your )?acceptance|Angebot (?:ist |bleibt )?(?:gilt|gültig|befristet)|gilt bis|(?:accept|sign).{0,60}no later than|gültig bis|befristet bis|bis (?:zum |spätestens )+.{0,60}(?:unterschrieben|unterzeichnet|gegengezeichnet|zurück|annehmen|Annahme|Rückmeldung|Entscheidung|mitteilen|mit\.?$|bestätigen|Zusage|Antwort|zukommen)|(?:unterschrieben|unterzeichnet|zurück|Rückmeldung|annehmen|Annahme|Entscheidung|Zusage|Antwort|mitteilen|bestätigen).{0,60}bis (?:zum |spätestens )+/i.test(
        sentence.text,
      );
    if (
      isDeadline ||
      /accept|sign|return|respond|reply|expire|lapse|annehm|Annahme|zurück|Rückmeldung|unterzeichn|gültig|Angebot\b[^.]{0,80}\bnehmen|nehmen[^.]{0,40}\bAngebot/i.test(
        sentence.text,
      )
    )
      readRelativeDeadline(sentence);
    if (!isStart && !isDeadline) return;
    const dates = datesIn(sentence.text, language, anchor, sentence.start, dayFirst);
    for (const [k, d] of dates.entries()) {
      // The letter's own date (its header line) is when it was written, not a start or a deadline.
      if (letterDate && d.start === letterDate.start) continue;
      // "from 18 January through 31 December": only the first date of a range starts anything.
      const previous = dates[k - 1];
      if (previous && /\b(through|until|to|till|bis)\b/i.test(text.slice(previous.end, d.start)))
        continue;
      const before = text.slice(Math.max(sentence.start, d.start - 30), d.start);
      // "continuous with your employment since 1st November 2019" looks back, not forward.
      if (/\bsince\s*$/i.test(before)) continue;
      const after = text.slice(d.end, Math.min(sentence.end, d.end + 30));
      const lead = text.slice(sentence.start, d.start);
      // A sentence may hold both ("If you accept … by April 3, … employment … effective as of May
      // 4"): each date goes with its own cue, a reply word right before it or a start word near it.
      const replyCue =
        /\b(?:by|before|until|no later than|not later than|expires? on|bis(?: zum| spätestens)?)\s*$/i.test(
          before,
        );
      const localStart =
        isStart &&
        (!isDeadline ||
          (!replyCue &&
            /start|commence|begin|join|employ|effective|Eintritt|Beginn/i.test(
              text.slice(Math.max(sentence.start, d.start - 80), d.start),
            )));
      if (localStart) {
        // A date whose nearest event word is not the start belongs to that event: "the grant
        // date will be March 3", "this Agreement, dated May 1", "ending on June 30".
        if (otherEventBefore(lead)) continue;
        if (/no later than|on or before|not later than|spätestens/i.test(before)) {
          listOne(
            'startDate',
            `"${wholeWords(text, sentence, d.start - before.length, before).trim()} ${d.raw}" is a latest date, not a start date. Ask for the start date in writing.`,
            d.date,
            sentence,
            d,
          );
          continue;
        }
        // "or such other date as we agree" is the usual fallback and leaves the date stated; a
        // bare "or earlier" / "or sooner", or "or on the first date after you show …" does not.
        const clause = text.slice(d.end, sentence.end).replace(/^\s*,/, '').split(/[,;.]/)[0] ?? '';
        const open =
          /^\s*(?:or (?:an )?earlier|or sooner|oder früher|or (?:on )?the (?:first|earliest|next)\b)/i.test(
            clause,
          );
        if (open && !/mutual|agreed|vereinbart/i.test(clause)) {
          const words = clause.trim().split(/\s+/);
          const shown = words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ');
          listOne(
            'startDate',
            `"${d.raw} ${shown}" leaves the start open. Ask for the start date in writing.`,
            d.date,
            sentence,
            d,
          );
          continue;
        }
        if (!d.yearStated && !letterDate) {
          listOne(
            'startDate',
            `"${d.raw}" has no year and the letter has no date to take one from. Ask for the full start date.`,
            d.raw,
            sentence,
            d,
          );
          continue;
        }
        const effective =
          /effective/i.test(sentence.text) && !/start|commence|Eintritt/i.test(sentence.text);
        // Reviews, raises and grants have effective dates too; they are not the start.
        if (
          effective &&
          /review|raise|increase|bonus|vest|grant|award|stipend|allowance/i.test(sentence.text)
        )
          continue;
        // A promotion or an extra role for someone already employed starts a role, not employment.
        if (currentEmployee) {
          listOne(
            'startDate',
            `"${d.raw}" starts a new role for someone already employed (the letter speaks of ${currentEmployee[0].toLowerCase()}), not employment. Check which date you need.`,
            d.date,
            sentence,
            d,
          );
          continue;
        }
        const fallback =
          /^\s*,?\s*or (?:such )?(?:an(?:other)? )?(?:other |earlier |later )?(?:mutually )?(?:agreed|date)/i.test(
            after,
          );
        const confidence = effective ? 0.6 : !d.yearStated || fallback ? 0.75 : 0.9;
        add(
          { key: 'startDate', date: d.date },
          sentence,
          confidence,
          `"${d.raw}" in a sentence about the start${fallback ? ' (it may move by agreement)' : ''}${d.yearStated ? '' : `; the year is taken from the letter's date (${letterDate?.raw})`}${effective ? '; it is an effective date' : ''}`,
          d,
          'startDate',
          d.date,
        );
      } else if (isDeadline) {
        if (/\b(?:dated|signed|executed|made|entered into)\s*(?:as of|on)?\s*$/i.test(before))
          continue;
        if (!d.yearStated && !letterDate) {
          listOne(
            'deadline',
            `"${d.raw}" has no year and the letter has no date to take one from. Check the year of the answer date.`,
            d.raw,
            sentence,
            d,
          );
          continue;
        }
        add(
          {
            key: 'deadline',
            date: d.date,
            ...(d.time ? { time: d.time } : {}),
            ...(d.offsetMinutes !== undefined ? { offsetMinutes: d.offsetMinutes } : {}),
          },
          sentence,
          d.yearStated ? 0.9 : 0.75,
          `"${d.raw}" in a sentence asking for an answer by a date${d.time && d.offsetMinutes === undefined ? '; no time zone is stated' : ''}${d.yearStated ? '' : `; the year is taken from the letter's date (${letterDate?.raw})`}`,
          d,
          'deadline',
          `${d.date}T${d.time ?? ''}`,
        );
      }
    }
  }

  /** "Please reply within seven days of the date of this letter": counted from the letter's date. */
  function readRelativeDeadline(sentence: Sentence) {
    const m = new RegExp(
      String.raw`within\s+${countPattern}\s*(?:\(\d+\)\s*)?(calendar\s+|business\s+|working\s+)?days?\s+(?:of|from|after)\s+(?:the\s+date\s+(?:of|on)\s+)?this\s+(?:letter|offer)(?!\s+agreement)|innerhalb\s+(?:von\s+)?${countPattern}\s*(Kalender|Arbeits|Werk)?tage?n?\s+(?:nach|ab)\s+(?:dem\s+)?(?:Datum\s+)?(?:dieses|diesem)\s+(?:Schreibens|Briefes|Angebots|Schreiben|Brief|Angebot)`,
      'i',
    ).exec(sentence.text);
    // "within 14 days of receipt": counted from a day the letter cannot know.
    const receipt = new RegExp(
      String.raw`within\s+${countPattern}\s*(?:\(\d+\)\s*)?(?:calendar\s+|business\s+|working\s+)?days?\s+(?:of|from|after)\s+(?:your\s+|the\s+)?(?:receipt|receiving)\b|innerhalb\s+(?:von\s+)?${countPattern}\s*(?:Kalender|Arbeits|Werk)?tage?n?\s+(?:nach|ab)\s+(?:dem\s+)?(?:Erhalt|Zugang|Eingang)\b`,
      'i',
    ).exec(sentence.text);
    if (!m && receipt) {
      const start = sentence.start + receipt.index;
      listOne(
        'deadline',
        `The letter asks for an answer "${receipt[0].trim()}": count from the day the letter reached you, which only you know, and enter that date.`,
        receipt[0].trim(),
        sentence,
        { start, end: start + receipt[0].trim().length },
      );
      return;
    }
    if (!m) return;
    const n = countOf(m[1] ?? m[3] ?? '');
    const working = /business|working|Arbeits|Werk/i.test(m[2] ?? m[4] ?? '');
    const start = sentence.start + m.index;
    const at = { start, end: start + m[0].length };
    if (!n || !letterDate || working) {
      listOne(
        'deadline',
        !letterDate
          ? `The letter asks for an answer "${m[0]}" but shows no date of its own to count from. Ask for the date.`
          : `The letter asks for an answer "${m[0]}"; working days depend on holidays, so check the date.`,
        m[0],
        sentence,
        at,
      );
      return;
    }
    const due = new Date(`${letterDate.date}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + n);
    const date = due.toISOString().slice(0, 10);
    add(
      { key: 'deadline', date },
      sentence,
      0.8,
      `${n} days after the letter's date (${letterDate.raw})`,
      at,
      'deadline',
      `${date}T`,
    );
  }

  function readEquity(sentence: Sentence, index: number) {
    const s = sentence.text;
    if (!/option|RSU|restricted stock unit|shares|equity|Aktienoption|virtuelle|VSOP|ESOP/i.test(s))
      return;
    // A sentence that only says how a grant vests counts tranches, not grants.
    const grants =
      /grant|purchase|receive|award|issue|eligible for|recommend|entitled|gewährt|erhalten/i.test(
        s,
      ) || /^\W*(?:stock options?|options?|RSUs?|restricted stock units?|equity)\s*:/i.test(s);
    if (!grants) return;
    const unitWord = String.raw`(?:shares|restricted stock units|RSUs|stock options|options|units|Aktienoptionen|Optionen|Aktien|virtuelle Anteile)`;
    const count = new RegExp(
      String.raw`(\d{1,3}(?:[,.]\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+million)\)?\s*(?:\([A-Z][A-Z \-]+\)\s*)?(?:[A-Za-z]+\s){0,2}?${unitWord}`,
      'g',
    );
    const seen = new Set<string>();
    const boughtOutright = restrictedPurchase(s);
    for (const m of s.matchAll(count)) {
      const start = sentence.start + (m.index ?? 0);
      if (boughtOutright && !/option|RSU|units/i.test(m[0])) {
        const at = { start, end: start + m[0].length };
        listOne(
          'equity',
          `${m[0].trim()} are shares you buy outright, subject to the company's right to buy them back (restricted stock), not stock options or RSUs. The workspace has no kind for them yet; enter them by hand if they matter to your decision, and check when the buy-back right lapses.`,
          m[0].trim(),
          sentence,
          at,
        );
        continue;
      }
      // "1 million common shares": a count in millions.
      const million = /^(\d+(?:\.\d+)?)\s+million$/i.exec(m[1] ?? '');
      const shares = million
        ? Math.round(Number(million[1]) * 1_000_000)
        : Number((m[1] ?? '').replace(/[,.]/g, ''));
      if (!shares || (shares >= 1900 && shares <= 2100 && !/,|\./.test(m[1] ?? ''))) continue;
      // A bracketed count restates another figure, unless the count before it is in words:
      // "four hundred thousand (400,000) shares".
      if (
        (/\(\s*$/.test(text.slice(start - 2, start)) &&
          !/(?:hundred|thousand|million)\s*\(\s*$/i.test(text.slice(start - 12, start))) ||
        /\/\d*$/.test(text.slice(start - 4, start))
      )
        continue;
      const kind =
        kindNear(s, m.index ?? 0, (m.index ?? 0) + m[0].length) ??
        (/(?:^|\bto )purchase\s*(?:up to\s*)?$/i.test(s.slice(0, m.index ?? 0))
          ? 'option'
          : undefined);
      if (!kind) continue;
      if (/performance (?:share|stock) units?|PSUs?/i.test(m[0])) continue;
      // "at the rate of 100 shares per year" is a tranche of a grant, not another grant.
      if (
        /^\s*(?:per|a|each|every)\s+(?:year|month|quarter)/i.test(
          text.slice(start + m[0].length, start + m[0].length + 20),
        )
      )
        continue;
      // "500 RSUs shall vest on March 3" is a tranche of a grant, not another grant.
      if (
        /^\s*(?:\([^)]*\)\s*)?(?:shall|will|to)?\s*(?:become\s+)?vest/i.test(
          text.slice(start + m[0].length, start + m[0].length + 30),
        )
      )
        continue;
      const key = `${kind}:${shares}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(
        { key: 'equity', kind, shares },
        sentence,
        0.85,
        `${m[0].trim()} (${kind === 'rsu' ? 'restricted stock units' : 'stock options'})`,
        { start, end: start + m[0].length },
        `equity:${kind}:${shares}`,
      );
    }
    // "Restricted Stock Units: 25,000 – one-time hire-on grant": the heading names the kind.
    for (const m of s.matchAll(
      /^\W*(stock options?|options?|RSUs?|restricted stock units?)\s*:\s*(\d{1,3}(?:,\d{3})+|\d{3,})(?!\s*(?:%|\/)|[,.]\d)/gim,
    )) {
      const kind = /option/i.test(m[1] ?? '') ? 'option' : 'rsu';
      const shares = Number((m[2] ?? '').replace(/,/g, ''));
      const key = `${kind}:${shares}`;
      if (!shares || seen.has(key)) continue;
      seen.add(key);
      const start = sentence.start + (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
      add(
        { key: 'equity', kind, shares },
        sentence,
        0.8,
        `${m[2]} under the heading "${m[1]}"`,
        { start, end: start + (m[2] ?? '').length },
        `equity:${kind}:${shares}`,
      );
    }
    for (const m of moneyBySentence[index] ?? []) {
      if (topicOf(sentence, m.start, m.end) !== 'equity') continue;
      const rel = m.start - sentence.start;
      const kind = kindNear(s, rel, rel + m.raw.length);
      if (!kind || /par value|per share/i.test(text.slice(m.end, m.end + 15))) continue;
      if (/performance/i.test(s.slice(Math.max(0, rel - 120), rel))) continue;
      add(
        { key: 'equity', kind, value: m.amount },
        sentence,
        0.75,
        `${m.raw} of ${kind === 'rsu' ? 'restricted stock units' : 'stock options'} by value`,
        m,
        `equity:${kind}:$${m.amount}`,
      );
    }
    const pct =
      /(\d+(?:\.\d+)?)\s?%\s+of\s+(?:the\s+)?(?:Company’s\s+|Company's\s+|such entity’s\s+|such entity's\s+|its\s+)?(?:outstanding|fully[- ]diluted)/i.exec(
        s,
      );
    // "150,000 shares (~1.5% of fully diluted shares)": the percentage restates the counted grant.
    const restates =
      pct &&
      seen.size > 0 &&
      /\(\s*(?:[~≈]|about|approximately|approx\.|roughly|or)?\s*$/i.test(s.slice(0, pct.index));
    if (pct && !restates) {
      const kind = kindNear(s, pct.index, pct.index + pct[0].length) ?? onlyKindIn(s);
      if (kind) {
        const start = sentence.start + pct.index;
        add(
          { key: 'equity', kind, percent: Number(pct[1]) },
          sentence,
          0.8,
          `${pct[1]}% of the company's shares`,
          { start, end: start + pct[0].length },
          `equity:${kind}:${pct[1]}%`,
        );
      }
    }
  }

  function readPercentBonus(sentence: Sentence) {
    const s = sentence.text;
    if (!/bonus|incentive|Bonus|Prämie|variable/i.test(`${sentence.heading ?? ''} ${s}`)) return;
    const m =
      /(?:(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent|Prozent))(?:\)?\s*)(?:of\s+(?:your\s+|the\s+)?(?:annual\s+|annualized\s+|then[- ]current\s+)?(?:base|salary|eligible|annual|target|qualifying)|des\s+(?:Brutto)?(?:Jahres)?(?:grund)?gehalt)/i.exec(
        s,
      ) ??
      /(\d{1,3})\s?(?:%|percent)\s+(?:annual\s+)?(?:target\s+)?(?:performance\s+)?bonus/i.exec(s) ??
      /target (?:annual )?(?:bonus )?(?:opportunity )?(?:of |is |at |equal to )?(\d{1,3})\s?(?:%|percent)/i.exec(
        s,
      );
    if (!m) return;
    const pct = Number(m[1]);
    if (!(pct > 0 && pct <= 200)) return;
    const start = sentence.start + m.index;
    add(
      { key: 'bonus', targetPct: pct },
      sentence,
      0.8,
      `a bonus of ${pct}% of base pay`,
      { start, end: start + m[0].length },
      'bonus',
      `${pct}%`,
    );
  }

  function readTimeOff(sentence: Sentence) {
    const s = sentence.text;
    if (!/vacation|paid time[- ]off|PTO|holiday|annual leave|Urlaub/i.test(s)) return;
    const m = new RegExp(
      String.raw`${countPattern}\s*(?:\w+\s){0,2}?(days|weeks|working days|business days|Tage|Arbeitstage|Urlaubstage|Wochen)\b`,
      'i',
    ).exec(s);
    if (!m) return;
    const n = countOf(m[1] ?? '');
    if (n === undefined || n === 0) return;
    const unit = (m[2] ?? '').toLowerCase();
    const days = /week|wochen/.test(unit) ? n * 5 : n;
    if (days > 60) return;
    const start = sentence.start + m.index;
    add(
      { key: 'ptoDays', days },
      sentence,
      0.8,
      /week|wochen/.test(unit) ? `${n} weeks × 5 working days` : `${n} days of paid leave`,
      { start, end: start + m[0].length },
      'ptoDays',
      String(days),
    );
  }

  function readTerms(sentence: Sentence) {
    const s = sentence.text;
    const probation = new RegExp(
      String.raw`(?:probation(?:ary)? period|Probezeit)[^.]{0,40}?${countPattern}\s*(months?|Monate?n?)`,
      'i',
    ).exec(s);
    if (probation) {
      const months = countOf(probation[1] ?? '');
      if (months) {
        const start = sentence.start + probation.index;
        add({ key: 'probation', months }, sentence, 0.8, `a ${months}-month probation`, {
          start,
          end: start + probation[0].length,
        });
      }
    }
    const notice = new RegExp(
      String.raw`(?:notice period|notice of|Kündigungsfrist)[^.]{0,40}?${countPattern}\s*(weeks?|months?|Wochen|Monate?n?)`,
      'i',
    ).exec(s);
    if (notice && !/probation|Probezeit/i.test(s.slice(0, notice.index))) {
      const n = countOf(notice[1] ?? '');
      if (n) {
        const weeks = /week|woche/i.test(notice[2] ?? '');
        const start = sentence.start + notice.index;
        add(
          { key: 'noticePeriod', ...(weeks ? { weeks: n } : { months: n }) },
          sentence,
          0.75,
          `a notice period of ${n} ${weeks ? 'weeks' : 'months'}`,
          { start, end: start + notice[0].length },
        );
      }
    }
    const visa =
      /(sponsor(?:ship)?|H-1B|work permit|work visa|visa|Blue Card|Blaue Karte|Aufenthaltstitel|Arbeitserlaubnis)/i.exec(
        s,
      );
    if (visa) {
      const offered =
        /(will|shall|agree to|is happy to|übernimmt|unterstützt)\s+[^.]{0,40}(sponsor|support|file|apply)/i.test(
          s,
        );
      const start = sentence.start + visa.index;
      add(
        { key: 'visa', sponsorship: offered ? 'offered' : 'mentioned' },
        sentence,
        offered ? 0.7 : 0.5,
        offered
          ? 'the letter says the company will sponsor or support the visa'
          : 'the letter mentions a visa or work permit; read its wording',
        { start, end: start + visa[0].length },
        'visa',
        'visa',
      );
    }
    const contingencies: [string, RegExp][] = [
      [
        'background check',
        /background (?:check|investigation|screening)|criminal history|Führungszeugnis/i,
      ],
      ['references', /reference checks?|satisfactory references|Referenzen/i],
      ['drug test', /drug (?:test|screen)/i],
      [
        'right to work',
        /(?:eligibility|authori[sz]ation|right) to work|Form I-9|Arbeitserlaubnis/i,
      ],
      ['board approval', /(?:approval|approved) (?:of|by) the (?:Board|Compensation Committee)/i],
    ];
    for (const [item, pattern] of contingencies) {
      const m = pattern.exec(s);
      if (!m) continue;
      const start = sentence.start + m.index;
      add(
        { key: 'contingency', item },
        sentence,
        0.7,
        `the letter makes the offer depend on ${item}`,
        {
          start,
          end: start + m[0].length,
        },
        `contingency:${item}`,
        item,
      );
    }
  }

  readVesting();

  function readVesting() {
    // The first time schedule stated is the main grant's; later ones are refreshers or PSUs.
    for (const sentence of sentences) {
      const read = vestingIn(sentence.text.replace(/\s+/g, ' '));
      if (!read) continue;
      if (read.kind === 'schedule') {
        // A schedule may be finished in the sentences after it: "vest over 4 years." then "There
        // is a one year cliff." then "Thereafter … monthly". After a colon the lines below are its
        // list and need not say "vest"; otherwise only the next two sentences about vesting count.
        const at = sentences.indexOf(sentence);
        const listed = /:[ \t]*(?:\n|$)/.test(sentence.text);
        const next = sentences
          .slice(at + 1, at + (listed ? 4 : 3))
          .map((s) => s.text.replace(/\s+/g, ' '))
          // Only a sentence that goes on about the same grant ("Thereafter …", "There is a one
          // year cliff"), not one about performance units or another award.
          .filter(
            (s) =>
              listed ||
              (/\bvest|cliff/i.test(s) &&
                /\b(?:thereafter|there is|remaining|the rest|the balance|cliff)\b/i.test(s) &&
                !/performance|PSU|refresh|additional (?:grant|award)/i.test(s)),
          );
        const cadence =
          read.reading.cadence ??
          next.map((s) => (listed ? listedCadenceIn(s) : cadenceIn(s))).find(Boolean);
        const laterCliff = next.map(cliffIn).find((c) => c !== undefined);
        const cliffMonths =
          read.reading.cliffMonths ??
          (laterCliff !== undefined && laterCliff < read.reading.totalMonths
            ? laterCliff
            : undefined);
        const reading = {
          ...read.reading,
          ...(cliffMonths !== undefined ? { cliffMonths } : {}),
          ...(cadence ? { cadence } : {}),
          words: scheduleWords(cliffMonths, cadence, read.reading.totalMonths),
        };
        add({ key: 'vesting', ...reading }, sentence, 0.8, reading.words);
        return;
      }
      conflicts.push({
        key: 'vesting',
        reason:
          read.kind === 'partial'
            ? `${read.words[0]?.toUpperCase()}${read.words.slice(1)}; check the grant agreement.`
            : `The grant ${read.words}; there is no time schedule to enter.`,
        mentions: [{ label: read.words, evidence: evidenceFor(text, sentence) }],
      });
      return;
    }
  }

  readParties(text, sentences, add);
  return {
    language,
    ...gateReading(settle(found, conflicts, text), text, {
      describe: (f) => describe(f.value),
      letterDated: letterDate !== undefined,
    }),
  };
}

/**
 * "the opportunity to purchase 500,000 shares … subject to a right of repurchase": restricted
 * stock bought outright. The buy-back right is often called a "Repurchase Option", which is no
 * stock option, so options are only seen outside that name.
 */
function restrictedPurchase(s: string): boolean {
  const repurchase =
    /\b(?:right|option) (?:of|to) repurchase\b|\brepurchase (?:right|option)\b|\bsubject to (?:a |the )?(?:Company['’]s )?(?:right of )?repurchase\b/i;
  const buys =
    /\b(?:opportunity|right|offer|be (?:permitted|allowed)) to (?:purchase|buy)\b|\bpurchase\s+(?:up to\s+)?\d[\d,.]*\s+(?:shares|restricted shares)/i;
  const rest = s.replace(/\b(?:repurchase|re-purchase) option\b/gi, '');
  return (
    repurchase.test(s) &&
    buys.test(s) &&
    !/\bstock options?\b|\boptions? to (?:purchase|buy)\b|\bRSUs?\b|restricted stock units?/i.test(
      rest,
    )
  );
}

/**
 * A salary figure that is not the offered base: a bound ("up to", "capped at"), a raise ("an
 * increase of"), the salary someone had before, or one instalment of it.
 */
/** The words of `slice` (which starts at `from`) without a word cut at its start: "ployment". */
function wholeWords(text: string, sentence: Sentence, from: number, slice: string): string {
  return from > sentence.start && /\S/.test(text.charAt(from - 1))
    ? slice.replace(/^\S*\s?/, '')
    : slice;
}

function notTheBase(lead: string): boolean {
  const near = lead.slice(-60);
  return (
    // "a target of 60% of your base salary … (i.e., $41,250)": a figure worked out from the base
    // is a bonus or a grant, not the base.
    /\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\s+(?:(?:your|the|his|her|such|then[- ]current|initial|annual|annualized)\s+)*(?:base\s+)?salary\b(?:(?!salary)(?:[^$€£₹¥.;]|\.(?=[\w,]))){0,100}$/i.test(
      lead.slice(-160),
    ) ||
    // "a salary grade range of $74,000 to $111,000": a band, not the figure paid.
    /\b(?:range|band)\b[^.;$€£]{0,20}?\b(?:of|from|between)\s*$|\b(?:range|band)\b[^.;]{0,40}\d\s*(?:to|and|-|–)\s*$/i.test(
      near,
    ) ||
    /(?:up to|not (?:to )?exceed(?:ing)?|maximum(?: of)?|cap(?:ped)?(?: at| of)?|no more than|in excess of|at least|minimum(?: of)?|exceeds?|less than|greater than|more than|below|above|bis zu|höchstens|mindestens)\s*(?:an? |the )?(?:annual |yearly )?(?:amount |rate )?(?:of |equal to )?$/i.test(
      near,
    ) ||
    /(?:increase[sd]?|raise|adjust(?:ed|ment)?|reduc(?:ed?|tion)|Erhöhung)\s+(?:\w+\s+){0,3}?(?:by|of|um)\s*$/i.test(
      near,
    ) ||
    /\b(?:current|previous|prior|existing|former|present|last|old|bisherige[sn]?|aktuelle[sn]?)\s+(?:annual\s+|annualized\s+|base\s+|yearly\s+)*(?:salary|base|pay|compensation|Gehalt|Jahresgehalt|Grundgehalt)\b[^.;]{0,30}$/i.test(
      near,
    ) ||
    /instal(?:l)?ments?\s+of\s*(?:approximately\s+)?$/i.test(near) ||
    // "Your full-time salary of £90,000 will be pro-rated to …": the part-time figure is paid.
    /\bfull[- ]time\s+(?:equivalent\s+)?(?:annual\s+|yearly\s+)?(?:base\s+)?salary\s+(?:of\s+)?$/i.test(
      near,
    ) ||
    // "nine (9) months of the Base Salary described above ($315,000)": a sum counted in months.
    /\bmonths?\W{0,3}\s+of\s+(?:the\s+|your\s+)?(?:annual\s+)?base\s+salary[^.;$]{0,40}$/i.test(
      near,
    )
  );
}

// Events other than the start that letters date: grants, vesting, reviews, payments, the
// agreement or letter itself, and the end of a term.
const otherEvent =
  /\b(?:grant(?:ed)?|award(?:ed)?|vest(?:s|ing|ed)?|review|paid|payable|pay(?:ment)? date|dated|signed|executed|entered into|made as of|expir(?:e|es|ation|y)|terminat\w*|end(?:s|ing)?|through|until|renew\w*|anniversary|bonus|letter dated|Agreement Date|Datum dieses|unterzeichnet|endet|befristet bis)\b/gi;
const startEvent =
  /\b(?:start\w*|commenc\w*|begin\w*|join\w*|first day|employment (?:date|will|shall)|Eintritt\w*|Beginn\w*|beginnt|Arbeitsbeginn|Startdatum|effective)\b/gi;

/** True when the nearest event word before a date is about something other than the start. */
function otherEventBefore(lead: string): boolean {
  let other = -1;
  for (const m of lead.matchAll(otherEvent)) other = (m.index ?? 0) + m[0].length;
  let start = -1;
  for (const m of lead.matchAll(startEvent)) start = (m.index ?? 0) + m[0].length;
  return other > start;
}

function kindNear(s: string, from: number, to: number): 'rsu' | 'option' | undefined {
  const window = 80;
  const before = s.slice(Math.max(0, from - window), from);
  const inside = s.slice(from, to);
  const after = s.slice(to, to + 40);
  const rsu = /restricted stock units?|RSUs?\b|virtuelle Anteile/i;
  const option = /options?\b|Optionen/i;
  if (rsu.test(inside)) return 'rsu';
  if (option.test(inside)) return 'option';
  const lastIndex = (pattern: RegExp, t: string) => {
    let at = -1;
    for (const m of t.matchAll(new RegExp(pattern.source, 'gi'))) at = m.index ?? at;
    return at;
  };
  const r = lastIndex(rsu, before);
  const o = lastIndex(option, before);
  if (r >= 0 || o >= 0) return r > o ? 'rsu' : 'option';
  if (rsu.test(after)) return 'rsu';
  if (option.test(after)) return 'option';
  return undefined;
}

/** The one kind of grant a sentence names, when it names exactly one. */
function onlyKindIn(s: string): 'rsu' | 'option' | undefined {
  const rsu = /restricted stock units?|RSUs?\b/i.test(s);
  const option = /options?\b/i.test(s);
  return rsu === option ? undefined : rsu ? 'rsu' : 'option';
}

function monthsIn(s: string): number | undefined {
  const direct = new RegExp(
    String.raw`${countPattern}\s*(?:\)\s*)?(?:full\s+)?(months?|Monate?n?|years?|Jahre?n?)`,
    'i',
  ).exec(s);
  const anniversary =
    /(first|one|1|second|two|2)[- ](?:\(\d\)[- ])?year anniversary|(first|second) anniversary/i.exec(
      s,
    );
  if (anniversary) return /second|two|2/i.test(anniversary[0]) ? 24 : 12;
  if (direct) {
    const n = countOf(direct[1] ?? '');
    if (!n) return undefined;
    return /year|jahr/i.test(direct[2] ?? '') ? n * 12 : n;
  }
  return undefined;
}

function hoursPerWeek(text: string): number | undefined {
  const m =
    /(\d{1,2}(?:[.,]\d)?)\s*(?:hours|hrs|Stunden)\s*(?:per|a|each|pro|in der)\s*(?:week|Woche)/i.exec(
      text,
    );
  return m ? Number((m[1] ?? '').replace(',', '.')) : undefined;
}

type Add = (
  value: LetterValue,
  sentence: Sentence,
  confidence: number,
  how: string,
  at?: { start: number; end: number },
  group?: string,
  same?: string,
) => void;

const legalForm = String.raw`(?:,?\s(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|SE|plc|S\.A\.|B\.V\.|N\.V\.|GmbH & Co\. KG))`;

function readParties(text: string, sentences: Sentence[], add: Add) {
  const company = new RegExp(String.raw`([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}${legalForm})`);
  for (const sentence of sentences.slice(0, 40)) {
    const m = company.exec(sentence.text);
    if (m && !/^(The|This|Our|Your|Dear)\b/.test(m[1] ?? '')) {
      const start = sentence.start + m.index;
      add(
        { key: 'company', text: (m[1] ?? '').trim() },
        sentence,
        0.7,
        'a company name with its legal form',
        {
          start,
          end: start + (m[1] ?? '').length,
        },
        'company',
        (m[1] ?? '').trim(),
      );
      break;
    }
  }
  for (const sentence of sentences) {
    const m =
      /(?:position|role) (?:of|as)\s+(?:the\s+)?[“"]?([A-Z][\w&/,' -]{2,60}?)[”"]?(?=\s*(?:,|\.|\bat\b|\bwith\b|\bin\b|\bfor\b|\breporting\b|\bbei\b|$))/.exec(
        sentence.text,
      ) ??
      /(?:Job Title|Position|Title|Stelle|Position als)\s*:\s*\|?\s*([A-Z][\w&/,' -]{2,60}?)\s*(?:\n|$|\|)/.exec(
        sentence.text,
      ) ??
      /\bals\s+([A-Z][\w&/ -]{2,60}?)\s+(?:an|anbieten|bei|zu)\b/.exec(sentence.text);
    if (m?.[1]) {
      const role = m[1].trim().replace(/,$/, '');
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      add(
        { key: 'role', text: role },
        sentence,
        0.7,
        'the position the letter offers',
        {
          start,
          end: start + role.length,
        },
        'role',
        role,
      );
      break;
    }
  }
  void text;
}

/**
 * One value per thing. Repeated mentions of the same value keep the most confident one; different
 * values for one thing become a conflict with every mention listed, and no value is proposed.
 */
function settle(found: Found[], conflicts: LetterConflict[], text: string) {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const list = groups.get(f.group) ?? [];
    list.push(f);
    groups.set(f.group, list);
  }
  const fields: LetterField[] = [];
  const blocked = new Set(conflicts.map((c) => c.key));
  for (const [group, list] of groups) {
    const distinct = new Map<string, Found>();
    for (const f of list) {
      const prior = distinct.get(f.same);
      if (!prior || f.field.confidence > prior.field.confidence) distinct.set(f.same, f);
    }
    const key = list[0]?.field.value.key;
    if (!key) continue;
    const many = key === 'equity' || key === 'contingency';
    if (distinct.size > 1 && !many && key !== 'bonus' && key !== 'visa') {
      conflicts.push({
        key,
        reason: `The letter gives ${distinct.size} different values for ${labelOf(key)}; none was chosen. Ask which one applies, in writing.`,
        mentions: [...distinct.values()].map((f) => ({
          label: describe(f.field.value),
          evidence: f.field.evidence,
        })),
      });
      continue;
    }
    if (blocked.has(key) && key === 'startDate') continue;
    if (key === 'bonus' && distinct.size > 1) {
      // A percentage and an amount can both describe one bonus; keep the percentage.
      const pct = [...distinct.values()].filter((f) => 'targetPct' in f.field.value);
      const pick = pct.length === 1 ? pct : [...distinct.values()].slice(0, 1);
      fields.push(...pick.map((f) => f.field));
      continue;
    }
    fields.push(...[...distinct.values()].slice(0, many ? undefined : 1).map((f) => f.field));
    void group;
  }
  fields.sort((a, b) => a.evidence.start - b.evidence.start);
  void text;
  return { fields, conflicts };
}

/** A value in a few words, for lists and the CLI. */
export function describe(value: LetterValue): string {
  switch (value.key) {
    case 'company':
    case 'role':
      return value.text;
    case 'location':
      return (
        [value.city, value.region ?? value.country].filter(Boolean).join(', ') || value.written
      );
    case 'currency':
      return value.code;
    case 'base':
      return value.period === 'annual'
        ? `${value.annual.toLocaleString('en-US')} a year`
        : `${value.amount.toLocaleString('en-US')} ${value.period} (${value.annual.toLocaleString('en-US')} a year)`;
    case 'startDate':
      return value.date;
    case 'deadline':
      return `${value.date}${value.time ? ` ${value.time}` : ''}${value.offsetMinutes !== undefined ? ` UTC${value.offsetMinutes >= 0 ? '+' : '-'}${Math.abs(value.offsetMinutes / 60)}` : ''}`;
    case 'bonus':
      return 'targetPct' in value
        ? `${value.targetPct}% target`
        : `${value.amount.toLocaleString('en-US')}`;
    case 'signOn':
      return `${value.amount.toLocaleString('en-US')}${value.clawbackMonths ? `, repayable within ${value.clawbackMonths} months${value.clawback ? ` (${value.clawback})` : ''}` : ''}`;
    case 'equity':
      return `${value.kind === 'rsu' ? 'RSUs' : 'options'}: ${value.shares !== undefined ? `${value.shares.toLocaleString('en-US')} shares` : value.value !== undefined ? `worth ${value.value.toLocaleString('en-US')}` : `${value.percent}% of the company`}`;
    case 'vesting':
      return value.words;
    case 'ptoDays':
      return `${value.days} days`;
    case 'relocation':
      return `${value.lumpSum.toLocaleString('en-US')}${value.repaymentMonths ? `, repayable within ${value.repaymentMonths} months` : ''}`;
    case 'probation':
      return `${value.months} months`;
    case 'noticePeriod':
      return value.weeks ? `${value.weeks} weeks` : `${value.months} months`;
    case 'visa':
      return value.sponsorship === 'offered' ? 'sponsorship offered' : 'mentioned';
    case 'contingency':
      return value.item;
  }
}
