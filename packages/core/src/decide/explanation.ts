import type { Priority } from '../workspace/document';
import { formatNumber } from '../workspace/format';

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
): string[] {
  const points = (n: number) => formatNumber(n, 2);
  const ranked = offers
    .filter((o) => o.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const lines: string[] = [];
  const [first, second] = ranked;
  if (!first) {
    lines.push('No offer passes all of your non-negotiables.');
  } else if (!second) {
    lines.push(
      `${first.company} is the only offer that passes all of your non-negotiables (score ${points(first.score)} of 1).`,
    );
  } else {
    const gap = first.score - second.score;
    lines.push(
      first.rank === second.rank
        ? `${first.company} and ${second.company} tie at ${points(first.score)} of 1.`
        : `${first.company} leads ${second.company} by ${points(gap)} points (${points(first.score)} vs ${points(second.score)} of 1).`,
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
      const parts = reasons.map(
        (r) =>
          `${r.label} (+${points(Math.abs(r.diff))} for ${r.diff > 0 ? first.company : second.company})`,
      );
      lines.push(`What separates them: ${parts.join(', ')}.`);
    } else {
      lines.push('No single priority separates them by more than a hair.');
    }
  }
  for (const offer of offers) {
    if (offer.rank === null)
      lines.push(
        `${offer.company} is screened out: ${offer.screen.map((s) => s.reason).join(' ')}`,
      );
  }
  for (const offer of offers) {
    if (offer.missing.length === 0) continue;
    const labels = offer.missing.map((id) => priorities.find((p) => p.id === id)?.label ?? id);
    lines.push(
      `${offer.company} has no value yet for ${labels.join(', ')}; each counts as 0 until you fill it in.`,
    );
  }
  return lines;
}
