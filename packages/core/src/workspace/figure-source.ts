import type { Offer } from './document';
import type { figurePaths } from './vocabulary';

export type FigurePath = (typeof figurePaths)[number];

/** `unstated` = typed without saying where it came from (older files, quick entries). */
export type FigureOrigin = 'written' | 'verbal' | 'estimate' | 'unstated';

export interface FigureSource {
  path: FigurePath;
  label: string;
  origin: FigureOrigin;
  document?: string;
  on?: string;
}

const labels: Record<FigurePath, string> = {
  'pay.base': 'base salary',
  'pay.bonus': 'bonus',
  'pay.signOn': 'signing bonus',
  'pay.equity': 'equity',
  'pay.benefits': 'benefits',
  relocation: 'relocation package',
  startDate: 'start date',
  deadline: 'deadline',
  'visa.sponsorship': 'visa sponsorship',
};

/** The figures a decision turns on; accepting while one is only verbal is how promises get lost. */
export const decidingFigures: readonly FigurePath[] = [
  'pay.base',
  'pay.equity',
  'pay.signOn',
  'relocation',
  'startDate',
  'visa.sponsorship',
];

type Inline = 'written' | 'verbal' | 'estimate' | undefined;

// The weakest of several: one verbal grant makes "equity" verbal.
const rank: Record<FigureOrigin, number> = { verbal: 0, estimate: 1, unstated: 2, written: 3 };
function weakest(origins: FigureOrigin[]): FigureOrigin {
  return origins.reduce<FigureOrigin>((a, b) => (rank[b] < rank[a] ? b : a), 'written');
}
const origin = (inline: Inline, fallback: Inline): FigureOrigin => inline ?? fallback ?? 'unstated';

/** Whether the offer states this figure at all. */
export function hasFigure(offer: Offer, path: FigurePath): boolean {
  switch (path) {
    case 'pay.base':
      return true;
    case 'pay.bonus':
      return offer.pay.bonus !== undefined;
    case 'pay.signOn':
      return (offer.pay.signOn?.length ?? 0) > 0;
    case 'pay.equity':
      return (offer.pay.equity?.length ?? 0) > 0;
    case 'pay.benefits':
      return offer.pay.benefits !== undefined;
    case 'relocation':
      return offer.relocation?.covered !== undefined;
    case 'startDate':
      return offer.startDate !== undefined;
    case 'deadline':
      return offer.deadline !== undefined;
    case 'visa.sponsorship':
      return offer.visa?.required === true && offer.visa.sponsorship !== 'none';
  }
}

/**
 * Where a figure came from: the offer's `sources` entry for it, else the `source` written on the
 * figure itself (a grant, a sign-on payment, the relocation block), else the pay block's.
 */
export function figureSource(offer: Offer, path: FigurePath): FigureSource {
  const recorded = offer.sources?.[path];
  const base = { path, label: labels[path] };
  // A letter records "written" both here and on each item; a later edit of an item to "verbal"
  // must not be hidden by the older record, so the weaker of the two wins.
  const edited = itemOrigin(offer, path);
  if (recorded && edited && rank[edited] < rank[recorded.source]) {
    return { ...base, origin: edited };
  }
  if (recorded) {
    return {
      ...base,
      origin: recorded.source,
      ...(recorded.document ? { document: recorded.document } : {}),
      ...(recorded.on ? { on: recorded.on } : {}),
    };
  }
  const pay = offer.pay.source;
  switch (path) {
    case 'pay.bonus':
      return { ...base, origin: origin(offer.pay.bonus?.source, pay) };
    case 'pay.signOn':
      return {
        ...base,
        origin: weakest((offer.pay.signOn ?? []).map((s) => origin(s.source, pay))),
      };
    case 'pay.equity':
      return {
        ...base,
        origin: weakest((offer.pay.equity ?? []).map((g) => origin(g.source, pay))),
      };
    case 'relocation':
      return { ...base, origin: origin(offer.relocation?.source, undefined) };
    case 'visa.sponsorship': {
      const s = offer.visa?.sponsorship;
      return { ...base, origin: s === 'written' || s === 'verbal' ? s : 'unstated' };
    }
    case 'pay.base':
    case 'pay.benefits':
      return { ...base, origin: origin(pay, undefined) };
    default:
      return { ...base, origin: 'unstated' };
  }
}

/** The weakest origin written on the figure's own items, when any item states one. */
function itemOrigin(offer: Offer, path: FigurePath): FigureOrigin | undefined {
  const stated = (list: Inline[]) => {
    const origins = list.filter((o): o is NonNullable<Inline> => o !== undefined);
    return origins.length > 0 ? weakest(origins) : undefined;
  };
  switch (path) {
    case 'pay.bonus':
      return offer.pay.bonus?.source;
    case 'pay.signOn':
      return stated((offer.pay.signOn ?? []).map((s) => s.source));
    case 'pay.equity':
      return stated((offer.pay.equity ?? []).map((g) => g.source));
    case 'relocation':
      return offer.relocation?.source;
    default:
      return undefined;
  }
}

/** Where each figure the offer states came from. */
export function figureSources(offer: Offer): FigureSource[] {
  return (Object.keys(labels) as FigurePath[])
    .filter((path) => hasFigure(offer, path))
    .map((path) => figureSource(offer, path));
}

/** Whether someone only said this figure or it is an estimate. */
export const isUnwritten = (source: FigureSource): boolean =>
  source.origin === 'verbal' || source.origin === 'estimate';

/** Every figure the offer states that someone only said or that is an estimate. */
export function unwrittenFigures(
  offer: Offer,
  paths: readonly FigurePath[] = Object.keys(labels) as FigurePath[],
): FigureSource[] {
  return paths
    .filter((path) => hasFigure(offer, path))
    .map((path) => figureSource(offer, path))
    .filter(isUnwritten);
}
