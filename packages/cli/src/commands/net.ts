import { canEstimateTax, estimateTax, type TaxEstimate, type TaxInput } from '@offerwise/core';
import type { Command } from 'commander';
import pc from 'picocolors';
import { CliFailure, EXIT } from '../input';
import { plainTable } from '../table';

/** The tax year every shipped parameter file covers (2026, or 2026/27 in the UK). */
const SHIPPED_YEAR = 2026;

interface NetOptions {
  country: string;
  gross: string;
  region?: string;
  city?: string;
  year?: string;
  filing?: string;
  church?: boolean;
  ruling30?: boolean;
  json?: boolean;
}

function money(n: number, currency: string): string {
  return `${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
}

export function renderNet(estimate: TaxEstimate): string {
  const c = estimate.currency;
  const table = plainTable({
    head: ['', 'Amount', 'How'],
    colWidths: [34, 18, 70],
    wordWrap: true,
  });
  table.push(['Gross pay', money(estimate.gross, c), '']);
  for (const line of estimate.lines) table.push([line.label, money(-line.amount, c), line.how]);
  table.push([pc.bold('Net pay'), pc.bold(money(estimate.net, c)), '']);
  const where = estimate.region ?? estimate.country;
  return [
    pc.bold(
      `${where}, tax year ${estimate.taxYear}${estimate.basis === 'approximation' ? ' (approximation)' : ''}`,
    ),
    table.toString(),
    `Effective rate ${(estimate.effectiveRate * 100).toFixed(1)} %, marginal rate ${(estimate.marginalRate * 100).toFixed(1)} % (tax on the next 100 ${c}).`,
    ...estimate.notes.map((note) => pc.dim(`• ${note}`)),
    pc.dim(
      `Sources: ${estimate.sources.map((s) => `${s.label} (${s.url}, as of ${s.asOf})`).join('; ')}`,
    ),
    pc.yellow(estimate.disclaimer),
    '',
  ].join('\n');
}

export function register(program: Command): void {
  program
    .command('net')
    .description('estimate income tax, contributions and net pay for a gross salary')
    .requiredOption('--country <code>', 'ISO country code, e.g. GB, US, DE, NL')
    .requiredOption('--gross <amount>', 'gross employment income for the year, local currency')
    .option('--region <code>', 'ISO 3166-2 region, e.g. GB-SCT, US-CA, DE-BY')
    .option('--city <name>', 'city, where it has its own tax (New York City)')
    .option('--year <year>', `tax year (only ${SHIPPED_YEAR} is shipped)`)
    .option('--filing <status>', 'single (default) or married-joint')
    .option('--church', 'Germany: you pay church tax')
    .option('--ruling30', 'Netherlands: apply the 30 % ruling')
    .option('--json', 'print the estimate as JSON')
    .action((options: NetOptions) => {
      const gross = Number(options.gross);
      if (!Number.isFinite(gross) || gross < 0)
        throw new CliFailure(
          [`--gross: expected a number of at least 0, got "${options.gross}"`],
          EXIT.usage,
        );
      if (options.year !== undefined && Number(options.year) !== SHIPPED_YEAR)
        throw new CliFailure(
          [`--year: only tax year ${SHIPPED_YEAR} is shipped, got "${options.year}"`],
          EXIT.usage,
        );
      if (options.filing && options.filing !== 'single' && options.filing !== 'married-joint')
        throw new CliFailure(
          [`--filing: expected single or married-joint, got "${options.filing}"`],
          EXIT.usage,
        );
      const country = options.country.toUpperCase();
      if (!canEstimateTax(country))
        throw new CliFailure([
          `No tax estimate for ${country}: Offerwise ships engines for US, GB, DE, NL and approximations for AU, SG, AE, CA.`,
          'In a workspace, give the offer your own effective rate with tax.effectiveRatePct.',
        ]);
      const input: TaxInput = {
        country,
        region: options.region?.toUpperCase(),
        city: options.city,
        gross,
        filingStatus: options.filing as TaxInput['filingStatus'],
        churchTax: options.church,
        ruling30: options.ruling30,
      };
      const estimate = estimateTax(input) as TaxEstimate;
      process.stdout.write(
        options.json ? `${JSON.stringify(estimate, null, 2)}\n` : renderNet(estimate),
      );
    });
}
