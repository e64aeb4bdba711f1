import {
  formatPct,
  type NegotiationPlan,
  type SensitivityReport,
  type Workspace,
} from '@offerwise/core';
import pc from 'picocolors';
import { plainTable } from './table';

/** What `offerwise sensitivity` prints: the verdict first, then the detail behind it. */
export function renderSensitivity(workspace: Workspace, report: SensitivityReport): string {
  const out: string[] = [pc.bold(`How solid is your choice? ${workspace.title ?? ''}`.trim()), ''];
  const [verdict, ...rest] = report.advice;
  if (verdict) out.push(`  ${verdict}`, '');
  if (report.acceptability.length === 0) {
    for (const line of rest) out.push(`  ${line}`);
    out.push('');
    return out.join('\n');
  }

  out.push(pc.bold('Where the winner would change'));
  // Closest tipping point first: that is the weight worth double-checking.
  const room = (s: SensitivityReport['stability'][number]) =>
    Math.min(
      s.belowLower === null ? Number.POSITIVE_INFINITY : s.weight - s.lower,
      s.aboveUpper === null ? Number.POSITIVE_INFINITY : s.upper - s.weight,
    );
  const fragileFirst = [...report.stability].sort((a, b) => room(a) - room(b));
  for (const s of fragileFirst) out.push(`  ${s.text}`);
  out.push('');

  const places = report.acceptability.length;
  const table = plainTable({
    head: ['', ...Array.from({ length: places }, (_, r) => pc.bold(ordinal(r + 1)))],
  });
  const byFirstPlace = [...report.acceptability].sort(
    (a, b) => (b.ranks[0] ?? 0) - (a.ranks[0] ?? 0),
  );
  for (const a of byFirstPlace) {
    table.push([a.company, ...a.ranks.map((share) => formatPct(share))]);
  }
  out.push(pc.bold('How often each offer takes each place'), table.toString(), '');

  out.push(pc.bold('Second opinion'), `  ${report.secondOpinion?.text ?? ''}`, '');
  if (report.consistency) {
    const c = report.consistency;
    out.push(
      pc.bold('Your pairwise comparisons'),
      `  ${c.warning ?? `Consistent enough: consistency ratio ${c.cr.toFixed(3)} (at most ${c.threshold} is fine).`}`,
      pc.dim(
        `  λmax ${c.lambdaMax.toFixed(3)}, CI ${c.ci.toFixed(3)}, random index ${c.randomIndex} (${c.randomIndexTable}).`,
      ),
      '',
    );
  }

  out.push(
    pc.bold('How this was worked out'),
    `  ${report.sampling.samples.toLocaleString('en-GB')} sets of weights were drawn at random ${report.sampling.description}, and the offers ranked under each (seed ${report.sampling.seed}; the same seed gives the same figures).`,
    '  For each priority, its weight was moved from 0 to 100 % with the others keeping their proportions, to find where first place changes hands.',
    '  Only offers that pass your non-negotiables take part. docs/analysis.md explains the methods.',
    '',
  );
  return out.join('\n');
}

/** What `offerwise negotiate` prints: the plan as advice, then how it was worked out. */
export function renderNegotiation(plan: NegotiationPlan): string {
  const [lead, ...rest] = plan.advice;
  const out = [pc.bold(`Negotiating with ${plan.company}`), ''];
  if (lead) out.push(`  ${lead}`, '');
  for (const line of rest) out.push(`  ${line}`);
  if (rest.length > 0) out.push('');
  if (plan.asks.length > 0) {
    out.push(
      pc.bold('How this was worked out'),
      `  Each walk-away point is where ${plan.company} and ${plan.rival?.company ?? 'its rival'} would score the same, found by re-scoring the offer with that change alone (exchange rates, cost of living and your value curves included), rounded to the safe side.`,
      '  Each target adds a quarter of the change on top, as room to meet in the middle.',
      '  Asks are ranked by how far each moves your decision per 1 % of the range you gave that priority.',
      '',
    );
  }
  return out.join('\n');
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}
