import { TZDate } from '@date-fns/tz';
import type { EquityGrant, Offer, Workspace } from '../workspace/document';
import type { FigurePath } from '../workspace/figure-source';
import { formatMoney } from '../workspace/format';
import { labelOf } from './letter-reading';
import { describe, type LetterField, type LetterReading, type LetterValue } from './read-letter';

/**
 * Turns a letter reading into changes to one offer, shown old beside new, and applies only the
 * ones the person accepted. Values read from a letter are recorded as written, with the letter's
 * name and date; nothing is written until `applyLetter` is called with the person's decisions.
 */

export interface LetterDocument {
  /** File name, or "pasted text". */
  name: string;
  /** Date of the letter, or the day it was read (YYYY-MM-DD). */
  on: string;
}

/** One proposed change: what the offer says now, what the letter says, and why. */
export interface LetterProposal {
  /** Stable within one reading, e.g. "base", "equity-1". */
  id: string;
  label: string;
  /** Offer path it changes, e.g. "pay.base". */
  path: string;
  before: string | null;
  after: string;
  field: LetterField;
  /** Numbers the person must add before it can be applied (a share price, a strike). */
  needs: ('price' | 'strike')[];
  /** Present when the value cannot go into the offer at all; says what to do instead. */
  notApplicable?: string;
}

export interface LetterDecision {
  id: string;
  accept: boolean;
  /** The person's edit of the value, replacing what was read. */
  value?: LetterValue;
  price?: number;
  strike?: number;
}

const figureOf: Partial<Record<LetterValue['key'], FigurePath>> = {
  base: 'pay.base',
  bonus: 'pay.bonus',
  signOn: 'pay.signOn',
  equity: 'pay.equity',
  ptoDays: 'pay.benefits',
  relocation: 'relocation',
  startDate: 'startDate',
  deadline: 'deadline',
  visa: 'visa.sponsorship',
};

function pathOf(value: LetterValue): string {
  switch (value.key) {
    case 'base':
      return 'pay.base';
    case 'bonus':
      return 'pay.bonus';
    case 'signOn':
      return 'pay.signOn';
    case 'equity':
    case 'vesting':
      return 'pay.equity';
    case 'ptoDays':
      return 'pay.benefits.ptoDays';
    case 'relocation':
      return 'relocation.covered.lumpSum';
    case 'visa':
      return 'visa.sponsorship';
    case 'probation':
    case 'noticePeriod':
    case 'contingency':
      return 'notes';
    default:
      return value.key;
  }
}

function currentValue(offer: Offer | undefined, value: LetterValue): string | null {
  if (!offer) return null;
  const money = (n: number) => formatMoney(n, offer.currency);
  switch (value.key) {
    case 'company':
      return offer.company;
    case 'role':
      return offer.role;
    case 'location':
      return [offer.location.city, offer.location.region ?? offer.location.country]
        .filter(Boolean)
        .join(', ');
    case 'currency':
      return offer.currency;
    case 'base':
      return money(offer.pay.base);
    case 'startDate':
      return offer.startDate ?? null;
    case 'deadline':
      return offer.deadline ?? null;
    case 'bonus':
      return offer.pay.bonus
        ? 'targetPct' in offer.pay.bonus
          ? `${offer.pay.bonus.targetPct}% target`
          : money(offer.pay.bonus.amount)
        : null;
    case 'signOn':
      return offer.pay.signOn?.map((s) => money(s.amount)).join(' + ') || null;
    case 'equity':
    case 'vesting':
      return (
        offer.pay.equity
          ?.map((g) =>
            g.kind === 'rsu' ? `RSUs worth ${money(g.grantValue)}` : `${g.shares} options`,
          )
          .join(', ') || null
      );
    case 'ptoDays':
      return offer.pay.benefits?.ptoDays !== undefined
        ? `${offer.pay.benefits.ptoDays} days`
        : null;
    case 'relocation':
      return offer.relocation?.covered?.lumpSum !== undefined
        ? money(offer.relocation.covered.lumpSum)
        : null;
    case 'visa':
      return offer.visa?.sponsorship ?? null;
    default:
      return null;
  }
}

/** The changes a reading proposes to `offer` (or to a new offer), in the letter's order. */
export function letterProposals(reading: LetterReading, offer?: Offer): LetterProposal[] {
  const counts = new Map<string, number>();
  return reading.fields.map((field) => {
    const key = field.value.key;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const needs: LetterProposal['needs'] = [];
    let notApplicable: string | undefined;
    const v = field.value;
    if (v.key === 'equity') {
      if (v.percent !== undefined) {
        notApplicable =
          'A share of the company cannot be valued without the number of shares and their price; ask for both, then add the grant on the Offers step.';
      } else if (v.kind === 'rsu' && v.value === undefined) needs.push('price');
      else if (v.kind === 'option') needs.push('strike', 'price');
    }
    if (v.key === 'visa' && v.sponsorship === 'mentioned') {
      notApplicable =
        'The letter mentions a visa but does not say the company will sponsor it; read the sentence and ask.';
    }
    return {
      id: n === 1 ? key : `${key}-${n}`,
      label: labelOf(key),
      path: pathOf(v),
      before: currentValue(offer, v),
      after: describe(v),
      field,
      needs,
      ...(notApplicable ? { notApplicable } : {}),
    };
  });
}

export interface ApplyLetterOptions {
  document: LetterDocument;
  /** Id for a new offer; ignored when `offer` is given. */
  offerId: string;
  /** Used for a new offer until the person says otherwise. */
  profile: Pick<Workspace['profile'], 'homeCurrency' | 'homeLocation' | 'timeZone'>;
}

/** An instant from a stated date, time and zone; without a zone the person's own zone is used. */
export function deadlineInstant(
  v: Extract<LetterValue, { key: 'deadline' }>,
  timeZone: string | undefined,
): string {
  const [h, m] = (v.time ?? '23:59').split(':').map(Number);
  const [year, month, day] = v.date.split('-').map(Number);
  if (v.offsetMinutes !== undefined) {
    const sign = v.offsetMinutes >= 0 ? '+' : '-';
    const abs = Math.abs(v.offsetMinutes);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return `${v.date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${offset}`;
  }
  const local = new TZDate(
    year ?? 1970,
    (month ?? 1) - 1,
    day ?? 1,
    h ?? 23,
    m ?? 59,
    timeZone ?? 'UTC',
  );
  return local.toISOString().replace(/\.\d{3}/, '');
}

/**
 * The offer after the accepted changes: a new offer when `offer` is undefined. Accepted figures
 * are marked written, with the document and its date, in `offer.sources`. The result still has to
 * pass the workspace schema (the caller validates, so a failed import changes nothing).
 */
export function applyLetter(
  offer: Offer | undefined,
  proposals: LetterProposal[],
  decisions: LetterDecision[],
  options: ApplyLetterOptions,
): Offer {
  const next: Offer = offer
    ? structuredClone(offer)
    : {
        id: options.offerId,
        company: 'Unknown company',
        role: 'Unknown role',
        location: structuredClone(options.profile.homeLocation),
        currency: options.profile.homeCurrency,
        pay: { base: 0 },
      };
  const written = (path: FigurePath, quote: string) => {
    next.sources = {
      ...next.sources,
      [path]: {
        source: 'written',
        document: options.document.name,
        on: options.document.on,
        quote,
      },
    };
  };
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const accepted = proposals.flatMap((p) => {
    const d = byId.get(p.id);
    return d?.accept && !p.notApplicable ? [{ p, d, v: d.value ?? p.field.value }] : [];
  });
  const vesting = accepted.find((a) => a.v.key === 'vesting')?.v;
  const notes: string[] = [];
  const letterGrants: EquityGrant[] = [];
  let signOns: NonNullable<Offer['pay']['signOn']> | undefined;

  for (const { p, d, v } of accepted) {
    const quote = p.field.evidence.quote;
    const figure = figureOf[v.key];
    switch (v.key) {
      case 'company':
        next.company = v.text;
        break;
      case 'role':
        next.role = v.text;
        break;
      case 'location': {
        // A new country makes the old city and region meaningless; a city alone keeps the country.
        const country = v.country ?? next.location.country;
        const kept = country === next.location.country ? next.location : { country };
        next.location = {
          ...kept,
          country,
          ...(v.city ? { city: v.city } : {}),
          ...(v.region ? { region: v.region } : {}),
        };
        break;
      }
      case 'currency':
        next.currency = v.code;
        break;
      case 'base':
        next.pay.base = v.annual;
        break;
      case 'startDate':
        next.startDate = v.date;
        break;
      case 'deadline':
        next.deadline = deadlineInstant(v, options.profile.timeZone);
        break;
      case 'bonus':
        next.pay.bonus =
          'targetPct' in v
            ? { targetPct: v.targetPct, source: 'written' }
            : { amount: v.amount, source: 'written' };
        break;
      case 'signOn':
        signOns = [
          ...(signOns ?? []),
          {
            amount: v.amount,
            ...(v.clawbackMonths ? { clawbackMonths: v.clawbackMonths } : {}),
            ...(v.clawback ? { clawback: v.clawback } : {}),
            source: 'written',
          },
        ];
        break;
      case 'equity': {
        const schedule = {
          schedulePct: vesting?.key === 'vesting' ? vesting.schedulePct : [25, 25, 25, 25],
          ...(vesting?.key === 'vesting' && vesting.cliffMonths !== undefined
            ? { cliffMonths: vesting.cliffMonths }
            : {}),
          ...(vesting?.key === 'vesting' && vesting.cadence ? { cadence: vesting.cadence } : {}),
        };
        // A value the letter states is written; one priced by the person is their estimate.
        if (v.kind === 'rsu') {
          const grantValue = v.value ?? (v.shares ?? 0) * (d.price ?? 0);
          if (!grantValue) continue;
          letterGrants.push({
            kind: 'rsu',
            grantValue,
            ...schedule,
            label: v.shares ? `${v.shares} RSUs from the letter` : 'RSUs from the letter',
            source: v.value !== undefined ? 'written' : 'estimate',
          });
        } else if (v.shares !== undefined && d.price !== undefined && d.strike !== undefined) {
          letterGrants.push({
            kind: 'option',
            shares: v.shares,
            strike: d.strike,
            price: d.price,
            ...schedule,
            label: `${v.shares} options from the letter`,
            source: 'estimate',
          });
        }
        break;
      }
      case 'ptoDays':
        next.pay.benefits = { ...next.pay.benefits, ptoDays: v.days };
        break;
      case 'relocation':
        next.relocation = {
          ...next.relocation,
          covered: { ...next.relocation?.covered, lumpSum: v.lumpSum },
          ...(v.repaymentMonths ? { repayment: { months: v.repaymentMonths } } : {}),
          source: 'written',
        };
        break;
      case 'visa':
        next.visa = { ...next.visa, required: next.visa?.required ?? true, sponsorship: 'written' };
        break;
      case 'probation':
        notes.push(`Probation: ${v.months} months.`);
        break;
      case 'noticePeriod':
        notes.push(`Notice period: ${v.weeks ? `${v.weeks} weeks` : `${v.months} months`}.`);
        break;
      case 'contingency':
        notes.push(`Depends on: ${v.item}.`);
        break;
      case 'vesting':
        break;
    }
    if (figure && v.key !== 'equity') written(figure, quote);
  }
  if (signOns) next.pay.signOn = signOns;
  if (letterGrants.length > 0) {
    next.pay.equity = letterGrants;
    const quote = accepted.find((a) => a.v.key === 'equity')?.p.field.evidence.quote ?? '';
    if (letterGrants.every((g) => g.source === 'written')) written('pay.equity', quote);
    else next.sources = { ...next.sources, 'pay.equity': { source: 'estimate', quote } };
  }
  if (notes.length > 0) {
    const header = `From ${options.document.name} (${options.document.on}):`;
    next.notes = [next.notes, `${header} ${notes.join(' ')}`].filter(Boolean).join('\n');
  }
  return next;
}

/** The changes between two versions of an offer, by path, for a diff before writing. */
export function offerChanges(
  before: Offer | undefined,
  after: Offer,
): { path: string; before: unknown; after: unknown }[] {
  const out: { path: string; before: unknown; after: unknown }[] = [];
  const walk = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const plain = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x);
    if (plain(a) && plain(b) && path !== 'sources') {
      const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const k of keys)
        walk(
          path ? `${path}.${k}` : k,
          (a as Record<string, unknown>)[k],
          (b as Record<string, unknown>)[k],
        );
      return;
    }
    out.push({ path, before: a, after: b });
  };
  walk('', before ?? {}, after);
  return out;
}
