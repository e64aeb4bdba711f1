import type { Priority } from '../workspace/document';
import { formatNumber } from '../workspace/format';
import type { AnalysisPhrasebook } from './prose/phrasebook';

interface ScoredOffer {
  company: string;
  score: number;
  rank: number | null;
  screen: { reason: string }[];
  missing: string[];
  contributions: Record<string, number>;
}

/** Differences smaller than this (in score points out of 1) are not worth a sentence. */
const NOTICEABLE = 0.005;
const MAX_REASONS = 3;

/**
 * The ranking in words: who leads, by how much, which priorities make the difference, and why
 * any offer is screened out.
 */
export function explainRanking(
  priorities: readonly Priority[],
  offers: readonly ScoredOffer[],
  p: AnalysisPhrasebook,
): string[] {
  const points = (n: number) => formatNumber(n, 2, p.locale);
  const ranked = offers
    .filter((o) => o.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const lines: string[] = [];
  const [first, second] = ranked;
  if (!first) {
    lines.push(p.noneFeasible());
  } else if (!second) {
    lines.push(p.onlyOne(first.company, points(first.score)));
  } else {
    const gap = first.score - second.score;
    lines.push(
      first.rank === second.rank
        ? p.tie(first.company, second.company, points(first.score))
        : p.leads(
            first.company,
            second.company,
            points(gap),
            points(first.score),
            points(second.score),
          ),
    );
    const reasons = priorities
      .map((p) => ({
        label: p.label,
        diff: (first.contributions[p.id] ?? 0) - (second.contributions[p.id] ?? 0),
      }))
      .filter((r) => Math.abs(r.diff) >= NOTICEABLE)
      .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
      .slice(0, MAX_REASONS);
    if (reasons.length > 0) {
      const parts = reasons.map((r) =>
        p.separatePart(
          r.label,
          points(Math.abs(r.diff)),
          r.diff > 0 ? first.company : second.company,
        ),
      );
      lines.push(p.separates(parts));
    } else {
      lines.push(p.noSeparation());
    }
  }
  for (const offer of offers) {
    if (offer.rank === null)
      lines.push(p.screenedOut(offer.company, offer.screen.map((s) => s.reason).join(' ')));
  }
  for (const offer of offers) {
    if (offer.missing.length === 0) continue;
    const labels = offer.missing.map((id) => priorities.find((p) => p.id === id)?.label ?? id);
    lines.push(p.missingValues(offer.company, labels));
  }
  return lines;
}
