import { type Sentence, sentencesOf } from './evidence';
import {
  type GateRule,
  type LetterConflict,
  type LetterField,
  type LetterFieldKey,
  labelOf,
} from './letter-reading';
import { moneyIn, raisedAfterProbation, restatesInOtherCurrency } from './money';

/**
 * The confidence gate: the last step before the reader proposes a value for a field a decision
 * rests on. The wrong values measured on the clean first runs of the held-out letter sets came
 * from mentions whose context made them doubtful: a figure being changed ("reduced by 20% to"),
 * a sum that is only paid if something happens (severance), a letter to someone already employed,
 * a bare `$` in a letter that names another dollar country, a mix of currencies, a vesting
 * schedule read only in part. The rules that read values cannot foresee every wording, so the
 * gate asks a second question: is the context plain enough to trust the reading? When it is not,
 * the mention is listed "to check" with its quote and the reason in words, and nothing is
 * proposed for that field: a wrong value is worse than none.
 */

export interface GateVerdict {
  rule: GateRule;
  /** Why nothing was proposed, in words for the person reading the review. */
  why: string;
}

/** The fields the gate checks: those the evaluation targets and a decision rests on. */
export const gatedFields: readonly LetterFieldKey[] = [
  'base',
  'currency',
  'startDate',
  'deadline',
  'signOn',
  'equity',
  'vesting',
];

// A cut of a figure: the amount after it is temporary or depends on a fuller figure stated
// elsewhere. A raise "to $X" names the new figure, which is the one a promotion letter offers.
const cutVerb =
  /\b(?:reduc(?:e|ed|es|ing|tion)|decreas(?:e|ed|es|ing)|cut|lower(?:ed|s|ing)?|restor(?:e|ed|es|ing)|defer(?:red|s)?|gekürzt|gesenkt|herabgesetzt|reduziert)\b/i;
// "from $X to $Y": the figure right after "from" is the one being replaced.
const replaced = /\bfrom\s*$/i;

// A clause that makes the figure depend on an event other than taking the job. Accepting,
// joining or starting is the offer's own condition and does not count.
const conditionWords =
  /\b(?:if|unless|in the event|in case|should (?:you|your|the|we|employment)|upon (?:a |an |your |the )?(?:termination|separation|resignation|dismissal|change (?:in|of) control)|following (?:a |an |your |the )?(?:termination|separation|change (?:in|of) control)|severance|in lieu of|fails? to|failure to)\b/i;
// Conditions that are the offer's own (accepting, joining) or that only restate a figure ("if
// annualized", "if computed on an annual basis").
const harmlessCondition =
  /^(?:if|should|upon|provided|in the event)\s+(?:that\s+)?(?:you\s+)?(?:(?:decide|choose|agree|elect)\s+to\s+)?(?:accept\w*|join\w*|start\w*|commenc\w*|sign\w*|your (?:acceptance|start|commencement|joining|hire))\b|^if\s+(?:annuali[sz]ed|computed|calculated|expressed|stated|converted|paid)\b|^if\s+(?:approved|the (?:Board|Compensation Committee) approves)\b|^unless\s+(?:otherwise\s+(?:mutually\s+)?agreed|we\s+(?:mutually\s+|both\s+)?agree\s+otherwise)\b/i;

// Words of a letter written to someone the company already employs: a date in it starts a new
// role, not employment, and its figures may sit beside the old ones.
// "Your current role" also appears in letters to new hires ("give notice in your current role"),
// so it counts only in the date's own paragraph (`currentRoleNear`).
const currentRoleNear =
  /\byour (?:current|present|existing) (?:position|role|job|title|duties|employment|responsibilities)\b/i;
const currentRole =
  /\bassumption of (?:this|the|your) (?:new )?(?:function|role|position)\b|\bnew function\b|(?<!\b(?:as|so) long as you |\bprovided (?:that )?you |\bwhile you |\bif you |\buntil you )\bcontinue (?:to be employed|your employment|in your)\b|\byour continuing role\b|\byour (?:role|title|position|compensation)\b[^.;]{0,40}\bwill change\b|\byour current compensation\b|\b(?:your|this) promotion\b|\bpromot(?:ed|ion) to\b|\btemporary assignment\b|\bin addition to your current\b/i;

// A start date must sit with a word about employment beginning; an effective date alone may be a
// change to a current job (a raise, a new title).
const employmentStart =
  /\bstart\w*|\bcommenc\w*|\bbegin\w*|\bjoin\w*|\bfirst day|\bhire\b|\bemployment\b|\bappointment\b|\bEintritt\w*|\bBeginn\w*|\bbeginnt|\bArbeitsbeginn|\bStartdatum/i;
// A document titled as an employment contract (not an amendment of one) hires: an appointment
// "with effect from" a date in it starts employment, not a new title.
const employmentContract =
  /^(?![\s\S]*\bamend)[\s\S]*\b(?:employment (?:contract|agreement)|contract of (?:employment|appointment|service)|service (?:contract|agreement)|Arbeitsvertrag|Anstellungsvertrag|Dienstvertrag)\b/i;
// An agreement's or a period's own date: the date an agreement or contract takes effect, or a
// retention, transition or consulting period begins. Such a date is often not the day work starts
// (a contract signed after work began, a retention term for someone already employed), so only a
// plain start cue in the same sentence makes it a start.
const agreementDate =
  /\beffective date\b|\b(?:this|the)\s+(?:letter\s+)?(?:agreement|contract|amendment)\b[^.;]{0,60}?\b(?:becomes?|shall be|is|will be)\s+effective\b|\b(?:retention|transition|consulting|interim)\s+(?:period|term)\b|\bthe\s+["“]?Term["”]?\s+(?:shall|will)\s+(?:begin|commence|start)\b/i;
const plainStart =
  /\b(?:your\s+)?employment\b[^.;]{0,80}?\b(?:will|shall|is to|to)\s+(?:begin|commence|start)|\bemploy(?:s|ment)?\b[^.;]{0,60}?\beffective\b|\beffective date of (?:your\s+)?(?:(?:full|part)[- ]time\s+)?employment\b|\b(?:begin|commence|start)\w*\s+(?:your\s+)?(?:employment|work(?:ing)?)\b|\bfirst day\b|\b(?:start|starting|commencement|hire) date\b|\bdate of hire\b|\bEintritt\w*|\bArbeitsbeginn\b/i;
// "Your full-time employment will begin on January 1, although you will commence part-time on
// signing": two beginnings in one sentence, one of them a phase.
const startVerbs = /\b(?:begin|begins|commence|commences|start|starts)\b/gi;
const phased =
  /\bpart[- ]time\b|\bfull[- ]time\b|\binitial(?:ly)? (?:phase|period)\b|\btransition\w*\b/i;
const effectiveWords = /\beffective\b|\bwith effect from\b|\bmit Wirkung (?:vom|zum|ab)\b/i;
// Words of a change to a job someone holds: a new title, a raise.
const roleChange =
  /\b(?:appointed|named|promoted|transferr?(?:ed|ing)?|increas\w*|rais(?:e|ed)|adjust\w*|ernannt|befördert|versetzt)\b/i;

// Countries and places that write their own dollar as a bare `$`. Names that are also first
// names or US places ("Dear Sydney", "New Mexico") are left out.
const dollarPlaces =
  /\b(?:Canad\w*|Ontario|Qu[eé]bec|Toronto|Montr[eé]al|Vancouver|Calgary|Alberta|British Columbia|Australi\w*|New South Wales|New Zealand|Singapore\w*|Hong Kong|Taiwan\w*|(?<!New )Mexic\w*)\b/;

// A first vesting point: a cliff, or a share (25%, one fourth, 12/48) tied to a year or months.
const cliffWords =
  /\bcliff\b|(?:\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)|\bone[- ](?:fourth|quarter|third|half)\b|\b1\/[2-5]\b|\b(?:[2-9]|[1-4]\d)\/(?:24|36|48|60)\b)[^.;]{0,100}?\b(?:years?|anniversary|months)\b/i;
// A share of the grant, not of the company ("about 0.2% of the fully diluted shares").
const ownershipFreeShare =
  /(\d{1,3}(?:\.\d+)?)\s?%(?!\s*of\s+(?:the\s+)?(?:company|fully|outstanding|issued|total)\b)/i;
const cadenceWords =
  /\b(?:monthly|quarterly|each (?:full |calendar )?(?:month|quarter)|every (?:month|quarter|three months)|per month|annually|each year|per year|thereafter)\b/i;

// An offer that holds only if the person joins by a day: "valid upon your joining … on or before".
const joinByLapse =
  /\boffer\b[^.;]{0,40}\bvalid\b[^.;]{0,30}\bjoin\w*\b[^.;]{0,40}\b(?:on or before|on or prior to|by|before)\b/i;

/** The sentence of `text` that holds an offset. */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** The paragraph (text between blank lines) that holds an offset. */
function paragraphAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return text.slice(Math.max(0, start), end < 0 ? text.length : end);
}

/** The words between the clause's start and a value: what the value is said about. */
function leadOf(text: string, sentence: Sentence, at: number): string {
  const lead = text.slice(sentence.start, at);
  // A clause ends at ";" or a new line item; a comma-separated lead clause still governs the value.
  // A table row or list item ("\n| b. |", "\n(b)") starts a clause of its own too.
  let item = -1;
  for (const m of lead.matchAll(/\n[ \t]*(?:\||\(?[a-z0-9]{1,3}[.)]|[•·*-])/gi))
    item = m.index ?? item;
  const cut = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('\n\n'), item);
  return lead.slice(cut + 1);
}

/** Whether the mention of a money figure, grant or date sits in a plain, unconditional clause. */
function checkClause(
  text: string,
  sentence: Sentence,
  at: { start: number; end: number },
): GateVerdict | undefined {
  const lead = leadOf(text, sentence, at.start);
  const cut = cutVerb.exec(lead.slice(-90));
  if (cut)
    return {
      rule: 'change',
      why: `the sentence changes a figure ("${cut[0].toLowerCase()}"), so the amount may be a temporary or reduced one rather than your base`,
    };
  if (replaced.test(lead) && /^\s*(?:\([^)]*\)\s*)?to\b/i.test(text.slice(at.end, at.end + 60)))
    return {
      rule: 'change',
      why: 'the figure is the one being replaced ("from … to"), not the new one',
    };
  const condition = [...lead.matchAll(new RegExp(conditionWords.source, 'gi'))].find((m) => {
    // "If you decide to join us, you will receive …": only a short clause of its own that asks
    // nothing more ("and are able to begin …") leaves the figure unconditional.
    const clause = lead.slice(m.index).split(/[,;:]/)[0] ?? '';
    return !(
      harmlessCondition.test(clause) &&
      clause.length <= 70 &&
      !/\b(?:and|or|but)\b/i.test(clause)
    );
  });
  if (condition)
    return {
      rule: 'condition',
      why: `the figure only applies in a case the sentence names ("${condition[0].toLowerCase()}"), not as part of the offer itself`,
    };
  return undefined;
}

/** Where the value itself sits: its mark, else its whole quote. */
function markOf(field: LetterField): { start: number; end: number } {
  return field.evidence.mark ?? { start: field.evidence.start, end: field.evidence.end };
}

/**
 * The gate's verdict on one proposed field, or undefined when it may be proposed. `fields` and
 * `conflicts` are the rest of the reading, for rules that look for competing mentions.
 */
export function gateVerdict(
  field: LetterField,
  text: string,
  sentences: Sentence[],
  conflicts: LetterConflict[],
  fields: LetterField[] = [],
  letterDated = false,
): GateVerdict | undefined {
  const key = field.value.key;
  if (!gatedFields.includes(key)) return undefined;
  const at = markOf(field);
  const sentence = sentenceAt(sentences, at.start) ?? {
    text: text.slice(field.evidence.start, field.evidence.end),
    start: field.evidence.start,
    end: field.evidence.end,
  };

  // Another mention of the same field that could not be read stands against this one.
  const other = conflicts.find(
    (c) =>
      c.key === key &&
      c.mentions.length > 0 &&
      c.mentions.every(
        (m) => m.evidence.end <= field.evidence.start || m.evidence.start >= field.evidence.end,
      ),
  );
  if (other && key !== 'equity')
    return {
      rule: 'other-mention',
      why: 'the letter gives it again elsewhere in words that could not be settled (listed here too), so the two may disagree',
    };

  if (key === 'base' && field.value.key === 'base')
    return checkClause(text, sentence, at) ?? checkBase(field.value, text, sentence, at);
  if (key === 'signOn') return checkClause(text, sentence, at) ?? checkSignOn(text, sentence, at);
  if (key === 'equity') return checkGrant(field, text, fields) ?? checkClause(text, sentence, at);

  if (key === 'currency' && field.value.key === 'currency') {
    // Only the letter saying which currency the pay is in settles it: a salary written in one
    // currency beside a relocation cap or an equivalent in another leaves the pay's currency open.
    // An allowance "paid in U.S. dollars" says nothing of the salary, so only a sentence about
    // the salary counts.
    const code = field.value.code;
    const paidIn = sentences.some(
      (s) =>
        /\b(?:salary|wages?|base pay|remuneration)\b/i.test(s.text) &&
        paidInCurrency(s.text) === code,
    );
    return checkCurrency(text, paidIn);
  }

  if (key === 'startDate' || key === 'deadline') {
    const dated = checkDate(text, at, letterDated, key === 'startDate');
    if (dated) return dated;
    // "This offer is valid upon your joining on or before April 10": the offer lapses unless the
    // person joins by the day, so it is the latest day to join, neither a reply date nor the start.
    const joinBy = joinByLapse.exec(sentence.text);
    if (joinBy)
      return {
        rule: 'date-unsure',
        why: `the letter ties the offer to joining by this day ("${joinBy[0].replace(/\s+/g, ' ')}"), so it is the latest day to join, not a day to reply or a fixed start`,
      };
  }
  if (key === 'startDate') {
    const role = currentRole.exec(text) ?? currentRoleNear.exec(paragraphAt(text, at.start));
    if (role)
      return {
        rule: 'current-role',
        why: `the letter reads as one to someone already employed ("${role[0]}"), so the date may start a new role rather than employment`,
      };
    const agreement = agreementDate.exec(sentence.text);
    if (agreement && !plainStart.test(sentence.text))
      return {
        rule: 'agreement-date',
        why: `the date is when an agreement or a period takes effect ("${agreement[0].replace(/\s+/g, ' ')}"), with no word that employment begins on it`,
      };
    const starts = sentence.text.match(startVerbs) ?? [];
    if (starts.length >= 2 && phased.test(sentence.text))
      return {
        rule: 'two-starts',
        why: 'the sentence names two beginnings (part-time and full-time, or a first phase), so which one is the start is for you to say',
      };
    if (
      effectiveWords.test(sentence.text) &&
      !employmentStart.test(sentence.text) &&
      roleChange.test(sentence.text) &&
      !employmentContract.test(text.slice(0, 400))
    )
      return {
        rule: 'effective-only',
        why: 'the date is when a change to a job takes effect (a new title or pay), with no word about employment beginning',
      };
    return checkClause(text, sentence, at);
  }

  // Deadlines sit in conditional sentences by nature ("if we do not receive your acceptance by").
  if (key === 'deadline') return undefined;

  if (key === 'vesting' && field.value.key === 'vesting')
    return checkAnchor(sentence) ?? checkSchedule(field.value, sentence, sentences);
  return undefined;
}

const yearly =
  /\b(?:annual(?:ly|i[sz]ed)?|yearly|per (?:year|annum)|a year|p\.\s?a\.|jährlich|pro Jahr|Jahres\w*)\b/i;
const anyPeriod =
  /\b(?:annual(?:ly|i[sz]ed)?|yearly|per (?:year|annum)|a year|p\.\s?a\.|monthly|per month|a month|hourly|per hour|an hour|weekly|per week|semi-?monthly|bi-?weekly|twice (?:a |per )?month(?:ly)?|per pay period|every (?:two|other) weeks|jährlich|pro (?:Jahr|Monat|Stunde)|monatlich|\w*gehalt)\b|\/\s?(?:yr|year|mo|month|h|hr|hour)\b/i;

// Currencies in which a month's pay stays below this figure for nearly every job, so a figure at
// or above it with no period written can only be a year's pay.
const monthlyCeiling = 40_000;
const ceilingCurrencies = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'SGD']);

function checkBase(
  value: { amount: number; period: string; annual: number; currency?: string },
  text: string,
  sentence: Sentence,
  at: { start: number; end: number },
): GateVerdict | undefined {
  // A figure read as yearly with no period written beside it (a "Salary:" line whose "per month"
  // wrapped onto the next line) is a guess unless it is too large to be a month's pay. A label line ("Annual
  // Base Salary: $X") counts as beside it. Other periods are only read when their words are there.
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const around = `${text.slice(Math.max(sentence.start, lineStart, at.start - 60), at.start)} ${text.slice(at.end, Math.min(sentence.end, at.end + 60))}`;
  // A year's pay may be said another way: "paid in twelve (12) equal installments", or a fixed
  // component "inclusive" in an "Annual Cost To Company", which is yearly like the total.
  const yearSaid =
    /\b(?:twelve|12)\s*(?:\(12\)\s*)?(?:equal\s+)?(?:monthly\s+)?instal(?:l)?ments\b/i.test(
      sentence.text,
    ) ||
    (/\b(?:fixed|base|basic) component\b/i.test(
      text.slice(Math.max(sentence.start, at.start - 60), at.start),
    ) &&
      /\b(?:annual|yearly)\s+(?:cost to (?:the )?company|CTC)\b/i.test(sentence.text));
  const unstated =
    value.period === 'annual' &&
    !yearSaid &&
    !anyPeriod.test(around) &&
    !anyPeriod.test(text.slice(lineStart, at.start));
  const surelyYearly =
    value.amount >= monthlyCeiling && ceilingCurrencies.has(value.currency ?? 'USD');
  if (unstated && !surelyYearly)
    return {
      rule: 'period-unstated',
      why: 'the letter does not say whether the figure is pay for a year, a month or a pay period',
    };
  // "a yearly rate of $96,000, paid twice a month": a yearly word right before a figure read
  // as per month or per pay period means the two readings disagree.
  if (
    value.period !== 'annual' &&
    yearly.test(text.slice(Math.max(sentence.start, at.start - 40), at.start))
  )
    return {
      rule: 'period-unstated',
      why: 'the words around the figure name both a yearly and a shorter pay period',
    };
  // A larger figure in the same sentence that the proposed yearly base does not account for (a
  // pay-period figure read as the base beside its larger yearly restatement). "A full-time salary
  // of £90,000, pro-rated to £54,000": a larger figure named as the full-time one is accounted
  // for, since the pro-rated one is paid; so is a total that holds the base ("an OTE of $650,000",
  // "target compensation will be $380,000", a "Cost To Company" that holds a fixed component) and the top of a pay band ("a range of $74,000 to").
  const amounts = moneyIn(sentence.text, sentence.start);
  const larger = amounts.find(
    (m, i) =>
      m.amount > value.annual * 1.01 &&
      !restatesInOtherCurrency(amounts[i - 1], m, text.slice(amounts[i - 1]?.end ?? 0, m.start)) &&
      !raisedAfterProbation(text.slice(sentence.start, m.start), text.slice(m.end, sentence.end)) &&
      m.start !== at.start &&
      !/\bfull[- ]time\b|\bFTE\b|\bOTE\b|on[- ]target earnings|cost to (?:the )?company|\bCTC\b|\b(?:target|total)\s+(?:(?:annual|cash|target|direct)\s+)*compensation\b|\b(?:range|band)\b[^.;]{0,40}\d\s*(?:to|and|-|–)\s*$/i.test(
        text.slice(Math.max(sentence.start, m.start - 50), m.start),
      ),
  );
  if (larger)
    return {
      rule: 'competing-figure',
      why: `the same sentence names a larger figure (${larger.raw}) that the yearly base does not account for`,
    };
  return undefined;
}

function checkGrant(
  field: LetterField,
  text: string,
  fields: LetterField[],
): GateVerdict | undefined {
  const at = markOf(field);
  // "2,500 RSUs will vest on June 1": a count that vests on a date is one tranche of a grant.
  // "RSUs that vest over four years" is the grant with its schedule.
  if (
    /^[^.;]{0,20}?\b(?:shall|will|to|do|does)?\s*(?:become\s+)?vest(?:s|ed)?\s+(?:on|as of|at)\b/i.test(
      text.slice(at.end, at.end + 40),
    )
  )
    return {
      rule: 'tranche',
      why: 'the number is said to vest on a date, so it may be one part of a grant rather than the grant',
    };
  // "250,000 options over four years: 125,000 on your first day, then 41,667 each year": counts
  // of the same kind in the paragraph of a larger grant that they do not exceed are its parts.
  const value = field.value;
  if (value.key === 'equity' && value.shares !== undefined) {
    const paragraph = paragraphAt(text, at.start);
    const others = fields.flatMap((f) =>
      f !== field &&
      f.value.key === 'equity' &&
      f.value.kind === value.kind &&
      f.value.shares !== undefined &&
      paragraphAt(text, markOf(f).start) === paragraph
        ? [f.value.shares]
        : [],
    );
    const largest = Math.max(value.shares, ...others);
    const parts = [value.shares, ...others]
      .filter((n) => n < largest)
      .reduce((sum, n) => sum + n, 0);
    if (value.shares < largest && parts <= largest)
      return {
        rule: 'tranche',
        why: `the same paragraph names a grant of ${largest.toLocaleString('en-US')} ${value.kind === 'rsu' ? 'units' : 'options'}, so this may be one part of it`,
      };
  }
  // "150,000 shares (~1.5% of the company)": a percentage or value in the sentence of a counted
  // grant most likely restates it.
  if (value.key === 'equity' && value.shares === undefined) {
    const counted = fields.find(
      (f) =>
        f !== field &&
        f.value.key === 'equity' &&
        f.value.shares !== undefined &&
        f.evidence.start === field.evidence.start,
    );
    if (counted)
      return {
        rule: 'competing-figure',
        why: 'the same sentence also counts the grant in shares, so this figure may restate it',
      };
  }
  return undefined;
}

const monthNamed =
  /\b(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])|\d{1,2}\s*[./-]\s*\d{1,2}/i;

function checkDate(
  text: string,
  at: { start: number; end: number },
  letterDated: boolean,
  isStart: boolean,
): GateVerdict | undefined {
  const written = text.slice(at.start, at.end);
  // "within 14 days of the date of this letter" is counted from the letter's own date.
  if (/^(?:within|innerhalb)\b/i.test(written)) return undefined;
  // A date must name a month: a duration ("160 hours") read as a time from now is no date.
  if (!monthNamed.test(written))
    return {
      rule: 'date-unsure',
      why: `"${written.trim()}" does not name a month, so it may be a length of time rather than a date`,
    };
  // A year that is neither written nor taken from the letter's own date would be a guess.
  if (
    !letterDated &&
    !/\b(?:1[89]|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2}\b|\b'\d{2}\b/.test(written)
  )
    return {
      rule: 'date-unsure',
      why: `"${written.trim()}" has no year written, so the year would be a guess`,
    };
  // "Reply no later than March 3" is how deadlines are written; only a start can be a bound.
  if (!isStart) return undefined;
  const after = text.slice(at.end, at.end + 40);
  const before = text.slice(Math.max(0, at.start - 30), at.start);
  const open =
    /^\s*,?\s*\(?(?:or (?:such |an? )?(?:earlier|sooner|before|later)|oder (?:früher|später))\b/i.exec(
      after,
    );
  // "or such later date as may be agreed": the stated day is only the earliest; agreement does
  // not fix it, so it is checked even when the change must be agreed.
  if (open && /later|später/i.test(open[0]))
    return {
      rule: 'date-unsure',
      why: `the start may move later ("${open[0].trim().replace(/^[,(]\s*/, '')}${(after.slice(open[0].length).split(/[;.|\n]/)[0] ?? '').trimEnd()}"), so the date is the earliest it can be, not a fixed day`,
    };
  // "Unless we agree otherwise, you will start on …", "October 18 (or as otherwise agreed)": the
  // date is a plan either side may replace, unlike "or such other date as we agree", which names
  // the stated day as the start and only allows for a change.
  const otherwise =
    /\bunless\b[^.;]{0,40}\bagree\s+otherwise\b|\bunless otherwise (?:mutually )?agreed\b/i.exec(
      text.slice(Math.max(0, at.start - 90), at.start),
    ) ?? /^\s*,?\s*\(?\s*or as otherwise (?:mutually )?agreed(?: upon)?\b/i.exec(after);
  if (otherwise)
    return {
      rule: 'date-unsure',
      why: `the start may be moved by agreement ("${otherwise[0].trim().replace(/^[,(]\s*/, '')}"), so the date is a plan, not a fixed day`,
    };
  // "or an earlier mutually agreed date" keeps the stated date as the plan.
  const agreed = /^[^.;]{0,30}\b(?:mutual|agreed|vereinbart)/i.test(after);
  const bound =
    (open && !agreed ? open[0] : undefined) ??
    /\b(?:no later than|not later than|on or before|on or about|spätestens|frühestens)\s*$/i.exec(
      before,
    )?.[0];
  if (bound)
    return {
      rule: 'date-unsure',
      why: `the date is a bound or an estimate ("${bound.trim().replace(/^[,(]\s*/, '')}"), not a fixed day`,
    };
  return undefined;
}

const currencyNames: [RegExp, string][] = [
  [/^(?:U\.?S\.?|American) dollars?$|^USD$/i, 'USD'],
  [/^Canadian dollars?$|^CAD$/i, 'CAD'],
  [/^Australian dollars?$|^AUD$/i, 'AUD'],
  [/^Singapore dollars?$|^SGD$/i, 'SGD'],
  [/^Hong Kong dollars?$|^HKD$/i, 'HKD'],
  [/^euros?$|^EUR$/i, 'EUR'],
  [/^(?:pounds?(?: sterling)?|sterling)$|^GBP$/i, 'GBP'],
  [/^(?:Indian )?rupees$|^INR$/i, 'INR'],
  [/^(?:Philippine )?pesos$|^PHP$/i, 'PHP'],
  [/^Swiss francs$|^CHF$/i, 'CHF'],
];

/** The currency a sentence says the pay is made in ("paid in Canadian dollars"), if it says so. */
function paidInCurrency(text: string): string | undefined {
  const said =
    /\b(?:paid|payable|denominated|paid to you)\s+in\s+((?:U\.?S\.?|American|Canadian|Australian|Singapore|Hong Kong) dollars?|(?:Indian )?rupees|(?:Philippine )?pesos|pounds?(?: sterling)?|sterling|euros?|Swiss francs|USD|CAD|AUD|SGD|HKD|EUR|GBP|INR|PHP|CHF)\b/i.exec(
      text,
    );
  return said ? currencyNames.find(([name]) => name.test(said[1] ?? ''))?.[1] : undefined;
}

function checkCurrency(text: string, paidIn: boolean): GateVerdict | undefined {
  const amounts = moneyIn(text).filter((m) => m.currency);
  const codes = [...new Set(amounts.map((m) => m.currency))];
  if (codes.length > 1 && !paidIn)
    return {
      rule: 'mixed-currency',
      why: `the letter has amounts in more than one currency (${codes.join(', ')})`,
    };
  // A `$` with no country beside it, in a letter that names a place with its own dollar.
  const bare = amounts.every((m) => m.currency === 'USD' && !/US|USD/i.test(m.raw));
  const place = dollarPlaces.exec(text);
  if (codes[0] === 'USD' && bare && place)
    return {
      rule: 'unnamed-dollar',
      why: `the amounts are written with a bare "$" and the letter names ${place[0]}, so which dollar is meant is not stated`,
    };
  return undefined;
}

function checkSchedule(
  reading: { cliffMonths?: number; totalMonths: number; cadence?: string },
  sentence: Sentence,
  sentences: Sentence[],
): GateVerdict | undefined {
  const at = sentences.indexOf(sentence);
  // The schedule and the two sentences after it, where letters finish one ("Thereafter, monthly").
  // After a colon the lines below are the schedule's list and need not say "vest".
  const listed = /:[\s|•·*-]*$/.test(sentence.text);
  const followOn = (
    at < 0
      ? []
      : listed
        ? sentences.slice(at + 1).filter((s) => s.start < sentence.end + 400)
        : sentences.slice(at + 1, at + 3)
  )
    .map((s) => s.text.replace(/\s+/g, ' '))
    .filter(
      (s) =>
        (listed || /\bvest|cliff/i.test(s)) &&
        !/performance|PSU|refresh|additional (?:grant|award)/i.test(s) &&
        // "Should the Company be acquired, 50% of the unvested options will vest": acceleration
        // on an event is no part of the schedule.
        !/\b(?:acquired|acquisition|change (?:in|of) control|accelerat\w*|merger|terminat\w*)\b/i.test(
          s,
        ),
    );
  const passage = [sentence.text.replace(/\s+/g, ' '), ...followOn].join(' ');
  const vestsAtOnce = reading.cliffMonths === reading.totalMonths;
  if (reading.cliffMonths === undefined && cliffWords.test(passage))
    return {
      rule: 'schedule-incomplete',
      why: 'the schedule names a first vesting point (a cliff or a share after a year) that was not read',
    };
  if (!reading.cadence && !vestsAtOnce && cadenceWords.test(passage))
    return {
      rule: 'schedule-incomplete',
      why: 'the schedule says how often shares vest in words that were not read',
    };
  // "25% after one year" must agree with the cliff and length read: 12 of 48 months is 25%.
  // The share at the first vesting point, not an ownership share ("0.2% of the fully diluted").
  const share = ownershipFreeShare.exec(passage);
  if (share && reading.cliffMonths && !vestsAtOnce) {
    const stated = Number(share[1]);
    const implied = (100 * reading.cliffMonths) / reading.totalMonths;
    if (stated < 100 && Math.abs(stated - implied) > 1)
      return {
        rule: 'schedule-inconsistent',
        why: `${stated}% at the first vesting point does not fit ${reading.cliffMonths} of ${reading.totalMonths} months`,
      };
  }
  // "1/48 each month" must agree with the length read.
  const monthly = /\b1\/(\d{2})(?:th)?\b/.exec(passage);
  const remaining = reading.totalMonths - (reading.cliffMonths ?? 0);
  if (
    monthly &&
    reading.cadence === 'monthly' &&
    Number(monthly[1]) !== reading.totalMonths &&
    Number(monthly[1]) !== remaining
  )
    return {
      rule: 'schedule-inconsistent',
      why: `1/${monthly[1]} a month does not fit a ${reading.totalMonths}-month schedule`,
    };
  return undefined;
}

// What a signing bonus is called. A "one-time bonus" or "one-time payment" alone may as well be
// a reward for results, a retention payment or relocation money.
const signingName =
  /\bsign(?:ing|-on| on|ing-on)[ -](?:bonus|payment|incentive|award)|\bsigning payment\b|\bsign-on\b|\b(?:starting|hiring|joining)[ -]bonus\b|Antrittsprämie|Einstiegsprämie|Startprämie|Signing-Bonus|Sign-on-Bonus/i;
// A payment due on joining or accepting is a signing bonus whatever it is called.
const paidOnJoining =
  /\b(?:on|at|upon|after|with|within\s+[\w\s()-]{1,25}?\s+(?:of|after))\s+(?:your\s+|the\s+)?(?:joining|(?:your\s+)?start(?:ing)?\b(?:\s+date)?|first day|commencement|date of hire|hire date|hiring|accept(?:ing|ance)|first (?:regular )?pay(?:check|cheque|roll|slip|day))|\bbei (?:Eintritt|Arbeitsbeginn)\b|\bmit (?:dem|Ihrem) (?:Eintritt|Arbeitsbeginn)\b/i;
// A payment to keep someone ("retention", "continued employment through") is not for joining.
const retentionWords =
  /\bretention\b|\bretain\w*|\bcontinued (?:employment|service)\b[^.;]{0,60}?\b(?:through|until)\b|\bremain(?:s|ing)? employed\b[^.;]{0,40}?\b(?:through|until)\b|\bHaltepr[äa]mie|\bBleibepr[äa]mie/i;
// Paid for results: a target, revenue, a budget or a milestone decides it.
const resultWords =
  /\b(?:meets?|exceeds?|achiev\w*|revenues?|budget\w*|milestones?|targets?|quota|EBITDA|operating income|performance (?:goals?|criteria|objectives))\b/i;
// Paid months after joining: "on the six-month anniversary", "after six months of service".
const paidLater =
  /\banniversary\b|\b(?:after|following|upon completion of|at the end of)\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+)?(?:\(\d+\)\s+)?(?:full\s+)?(?:months?|years?|quarters?)\b|\b(?:\w+|\d+)\s+(?:\(\d+\)\s+)?(?:months?|years?)\s+(?:after|following|from)\b|\bQ[1-4]\b|\bbooks are closed\b/i;
// Repayment terms after a signing bonus ("repayable if you resign within 12 months") name a
// condition and a time, but of paying back, not of being paid.
const repayTerms =
  /\b(?:repa\w*|return\w*|refund\w*|pay(?:s)? (?:it )?back|claw\w*|reimburse\w*)\b|\b(?:if|should|in the event (?:that )?)\s*you (?:voluntarily )?(?:resign|leave|quit)|zurückzuzahlen|Rückzahlung/i;

function checkSignOn(
  text: string,
  sentence: Sentence,
  at: { start: number; end: number },
): GateVerdict | undefined {
  const lead = leadOf(text, sentence, at.start);
  // The words after the figure up to its repayment terms: what it is paid for and when.
  // A ";" ends the clause, as it does before the figure.
  const after = text.slice(at.end, sentence.end).split(';')[0] ?? '';
  const stop = after.search(repayTerms);
  const trail = stop < 0 ? after : after.slice(0, stop);
  const clause = `${lead} ${trail}`;
  const retained = retentionWords.exec(clause);
  if (retained)
    return {
      rule: 'retention',
      why: `the payment is tied to staying ("${retained[0].replace(/\s+/g, ' ')}"), so it may be a retention payment rather than a signing bonus`,
    };
  const result = resultWords.exec(clause);
  if (result)
    return {
      rule: 'condition',
      why: `the payment depends on results ("${result[0]}"), so it may be a performance bonus rather than a signing bonus`,
    };
  // A condition after the figure counts like one before it: "$30,000 if the unit meets its plan".
  const condition = [...trail.matchAll(new RegExp(conditionWords.source, 'gi'))].find((m) => {
    const words = trail.slice(m.index).split(/[,;:]/)[0] ?? '';
    return !(harmlessCondition.test(words) && words.length <= 70);
  });
  if (condition)
    return {
      rule: 'condition',
      why: `the figure only applies in a case the sentence names ("${condition[0].toLowerCase()}"), not as part of the offer itself`,
    };
  const later = paidLater.exec(clause);
  if (later && !paidOnJoining.test(clause))
    return {
      rule: 'paid-later',
      why: `the payment is due some time after joining ("${later[0].replace(/\s+/g, ' ')}"), so it may reward staying rather than signing`,
    };
  const line = text.slice(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.end);
  if (!signingName.test(sentence.text) && !signingName.test(line) && !paidOnJoining.test(clause))
    return {
      rule: 'unnamed-payment',
      why: 'the letter does not call the payment a signing bonus or tie it to joining, so it may be for something else (results, staying, a move)',
    };
  return undefined;
}

// A schedule from an event other than joining or the grant: "on the one year anniversary of the
// Company's issuance of its Series B Preferred Stock", "upon the Company achieving $20,000,000 in
// revenue". The workspace's schedule counts from the grant or the start, so it would be wrong.
// "the first tranche vesting on December 31" only names a step of a time schedule.
const eventWords =
  /\b(?:financing|closing|(?<!\b(?:first|second|third|fourth|final|last|each|every|next)\s)tranche|milestones?|revenues?|achiev\w*|Series [A-Z]\b|preferred stock|initial public offering|IPO|performance (?:goals?|criteria|conditions?|targets?))\b/i;
// "the first anniversary of your start date / the grant / the commencement of your employment /
// the vesting start date": the words within a few of "anniversary of" name the hire or the grant.
const plainAnchor =
  /^(?:[^\s,;]+\s+){0,5}?(?:grant\w*|start\w*|hire|hiring|employment|commencement|join\w*|first day|effective date|date hereof|(?:this|the) (?:letter|agreement|offer))\b/i;

function checkAnchor(sentence: Sentence): GateVerdict | undefined {
  const words = sentence.text.replace(/\s+/g, ' ');
  // "will continue to vest … through the end of the term": a severance or transition term, not
  // the grant's schedule.
  // "will continue to vest over a three year period" only finishes a schedule.
  const continued = /\bcontinue[sd]? to vest\b|\bvesting (?:will |shall )?continue\b/i.exec(words);
  if (
    continued &&
    /\bthrough\b|\buntil\b|\bterminat\w*|\bseverance\b|\bseparation\b|\bresign\w*/i.test(words)
  )
    return {
      rule: 'continued-vesting',
      why: `the sentence says vesting goes on ("${continued[0]}") for a period, which is not the grant's own schedule`,
    };
  const event = eventWords.exec(words);
  if (event)
    return {
      rule: 'event-vesting',
      why: `the shares vest when something happens ("${event[0]}"), not over time from the grant or your start`,
    };
  for (const m of words.matchAll(/\banniversary of\s+/gi)) {
    const anchor = words.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    if (!plainAnchor.test(anchor))
      return {
        rule: 'event-vesting',
        why: `the schedule counts from "${anchor.split(/[,;(]/)[0]?.trim()}", not from the grant or your start`,
      };
  }
  return undefined;
}

/** "Base salary", "Response deadline": a field's name at the start of a reason. */
function reasonLabel(key: LetterFieldKey): string {
  const name = labelOf(key).replace(/^the /, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Runs the gate over a reading: fields that fail move to `conflicts` as one mention to check, with
 * "not proposed: why" as the reason; the rest stay proposed.
 */
export function gateReading(
  reading: { fields: LetterField[]; conflicts: LetterConflict[] },
  text: string,
  options: {
    describe: (field: LetterField) => string;
    /** Whether the letter shows its own date, which gives dates without a year their year. */
    letterDated: boolean;
  },
): { fields: LetterField[]; conflicts: LetterConflict[] } {
  const { describe, letterDated } = options;
  const sentences = sentencesOf(text);
  const fields: LetterField[] = [];
  const conflicts = [...reading.conflicts];
  for (const field of reading.fields) {
    const verdict = gateVerdict(
      field,
      text,
      sentences,
      reading.conflicts,
      reading.fields,
      letterDated,
    );
    if (!verdict) {
      fields.push(field);
      continue;
    }
    const key = field.value.key;
    conflicts.push({
      key,
      reason: `${reasonLabel(key)} not proposed: ${verdict.why}. Check it in the letter.`,
      mentions: [{ label: describe(field), evidence: field.evidence }],
      gate: verdict.rule,
    });
  }
  return { fields, conflicts };
}
