import {
  type Evaluation,
  formatMoney,
  formatNumber,
  type OfferEvaluation,
  type Workspace,
} from '@offerwise/core';
import type Table from 'cli-table3';
import pc from 'picocolors';
import { plainTable } from './table';

const YEAR_PARTS = ['base', 'bonus', 'signOn', 'equity', 'benefits'] as const;
const PART_LABELS: Record<(typeof YEAR_PARTS)[number], string> = {
  base: 'base',
  bonus: 'bonus',
  signOn: 'sign-on',
  equity: 'equity',
  benefits: 'benefits',
};

const WEIGHTING_NAMES: Record<Evaluation['weightingMethod'], string> = {
  rank: 'weights from the order of your priorities',
  direct: 'your own weights',
  ahp: 'weights from your pairwise comparisons',
};

function table(offers: OfferEvaluation[]): Table.Table {
  return plainTable({ head: ['', ...offers.map((o) => pc.bold(o.company))], wordWrap: true });
}

/** The side-by-side report `offerwise evaluate` prints: pay, scores, screen, explanation, and how. */
export function renderEvaluation(workspace: Workspace, evaluation: Evaluation): string {
  const { offers, homeCurrency: home } = evaluation;
  const money = (n: number) => formatMoney(n, home);
  const out: string[] = [];
  out.push(pc.bold(workspace.title ?? 'Your offers'), '');

  const pay = table(offers);
  pay.push(['Role', ...offers.map((o) => o.role)]);
  for (let y = 0; y < 4; y++) {
    pay.push([
      `Year ${y + 1}`,
      ...offers.map((o) => {
        const year = o.pay.years[y];
        if (!year) return '';
        const parts = YEAR_PARTS.filter((p) => year[p] > 0).map(
          (p) => `${PART_LABELS[p]} ${money(year[p])}`,
        );
        return `${pc.bold(money(year.total))}\n${pc.dim(parts.join('\n'))}`;
      }),
    ]);
  }
  pay.push(['4-year total', ...offers.map((o) => pc.bold(money(o.pay.total4y)))]);
  pay.push(['Average a year', ...offers.map((o) => money(o.pay.avg4y))]);
  if (offers.some((o) => o.payCostOfLiving)) {
    pay.push([
      '…what it buys at home',
      ...offers.map((o) => (o.payCostOfLiving ? money(o.payCostOfLiving.avg4y) : '—')),
    ]);
  }
  pay.push(['levels.fyi-style yearly', ...offers.map((o) => money(o.pay.annualized))]);
  if (offers.some((o) => o.net)) {
    const pctOf = (rate: number) => `${formatNumber(rate * 100, 1)} %`;
    pay.push([
      'After tax, year 1',
      ...offers.map((o) => {
        const y1 = o.net?.years[0];
        return y1
          ? `${pc.bold(money(y1.net))}
${pc.dim(`tax ${money(y1.tax)}
effective ${pctOf(y1.effectiveRate)}, marginal ${pctOf(y1.marginalRate)}`)}`
          : pc.yellow('no estimate');
      }),
    ]);
    pay.push([
      'After tax, average a year',
      ...offers.map((o) => (o.net ? money(o.net.avg4y) : '—')),
    ]);
  }
  if (offers.some((o) => o.move.netRaiseYear1 !== null || o.move.moveCostNet !== 0)) {
    pay.push([
      'Net raise, year 1',
      ...offers.map((o) => (o.move.netRaiseYear1 === null ? '—' : money(o.move.netRaiseYear1))),
    ]);
    pay.push(['Move cost after package', ...offers.map((o) => money(o.move.moveCostNet))]);
    pay.push([
      'Months to pay it back',
      ...offers.map((o) =>
        o.move.paybackMonths === null ? '—' : formatNumber(o.move.paybackMonths, 1),
      ),
    ]);
  }
  if (offers.some((o) => o.relocation.covered || o.relocation.expected)) {
    pay.push([
      'Relocation (cover − costs)',
      ...offers.map((o) =>
        o.relocation.covered || o.relocation.expected ? money(o.relocation.net) : '—',
      ),
    ]);
  }
  out.push(
    pc.bold(
      `Pay by year (${home}${evaluation.ratesAsOf ? `, rates as of ${evaluation.ratesAsOf}` : ''})`,
    ),
    pay.toString(),
    ...evaluation.rates.shipped.map((s) =>
      pc.dim(
        `Shipped ${s.kind === 'fx' ? 'exchange rates' : 'price levels'}: ${s.source}, as of ${s.asOf}.`,
      ),
    ),
    ...evaluation.rates.warnings.map((w) => pc.yellow(w)),
    '',
  );

  const scores = table(offers);
  for (const priority of evaluation.priorities) {
    scores.push([
      `${priority.label}\n${pc.dim(`weight ${formatNumber(priority.weight * 100, 1)} %`)}`,
      ...offers.map((o) => {
        const raw = o.raw[priority.id];
        const shown =
          raw === null || raw === undefined
            ? pc.yellow('missing')
            : priority.measure.startsWith('pay-')
              ? money(raw)
              : `${formatNumber(raw)}${priority.unit ? ` ${priority.unit}` : ''}`;
        const failed = o.failed.includes(priority.id) ? pc.red(' ✗ deal-breaker') : '';
        return `${shown}${failed}\n${pc.dim(`value ${formatNumber(o.values[priority.id] ?? 0, 2)} → +${formatNumber(o.contributions[priority.id] ?? 0, 3)}`)}`;
      }),
    ]);
  }
  scores.push(['Score (of 1)', ...offers.map((o) => pc.bold(formatNumber(o.score, 3)))]);
  scores.push([
    'Rank',
    ...offers.map((o) => (o.rank === null ? pc.red('screened out') : pc.bold(`#${o.rank}`))),
  ]);
  out.push(
    pc.bold(`Scores (${WEIGHTING_NAMES[evaluation.weightingMethod]})`),
    scores.toString(),
    '',
  );

  out.push(pc.bold('In short'), ...evaluation.explanation.map((line) => `  ${line}`), '');
  if (evaluation.consistency?.warning) {
    out.push(
      pc.bold(pc.yellow('Check your pairwise comparisons')),
      `  ${evaluation.consistency.warning}`,
      '',
    );
  }

  const risks = offers.flatMap((o) => o.risks.map((r) => `  ${o.company} — ${r.text}`));
  if (risks.length > 0) out.push(pc.bold('Money at risk if you leave early'), ...risks, '');

  const unwritten = offers.flatMap((o) =>
    o.unwritten.map(
      (f) =>
        `  ${o.company} — ${f.label}: ${f.origin === 'verbal' ? 'only verbal' : 'an estimate'}`,
    ),
  );
  if (unwritten.length > 0)
    out.push(
      pc.bold(pc.yellow('Not in writing (ask for these before you accept)')),
      ...unwritten,
      '',
    );

  out.push(pc.bold('How these numbers were computed'));
  for (const offer of offers) {
    out.push(`  ${pc.bold(offer.company)}`);
    for (const line of offer.how.pay) out.push(`    ${line}`);
    if (offer.net) {
      for (const line of offer.net.how) out.push(`    ${line}`);
      for (const year of offer.net.years.slice(0, 1))
        for (const line of year.lines)
          out.push(`      ${line.label} ${formatMoney(line.amount, home)}: ${line.how}`);
      for (const note of offer.net.notes) out.push(pc.dim(`    ${note}`));
      out.push(pc.yellow(`    ${offer.net.disclaimer}`));
    }
    for (const line of offer.move.how) out.push(`    ${line}`);
    for (const priority of evaluation.priorities) out.push(`    ${offer.how.values[priority.id]}`);
  }
  out.push('');
  return out.join('\n');
}
