import { evaluate, sensitivity } from '@offerwise/core';
import { type Command, InvalidArgumentError } from 'commander';
import { renderSensitivity } from '../analysis-report';
import { loadWorkspace } from '../input';

const MAX_SAMPLES = 1_000_000;

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(
        `expected a whole number from ${min} to ${max.toLocaleString('en-GB')}, got "${value}"`,
      );
    return n;
  };
}

export function register(program: Command): void {
  program
    .command('sensitivity')
    .description('test how solid the ranking is if your weights were a little different')
    .argument('<file>', 'workspace file (YAML or JSON)')
    .option('--samples <n>', 'how many sets of weights to try', wholeNumber(1, MAX_SAMPLES), 10_000)
    .option(
      '--seed <s>',
      'seed for the random draws; the same seed gives the same figures',
      wholeNumber(0, 2 ** 32 - 1),
      1,
    )
    .option('--json', 'print the analysis as JSON for other tools')
    .action((file: string, options: { samples: number; seed: number; json?: boolean }) => {
      const workspace = loadWorkspace(file);
      const report = sensitivity(evaluate(workspace, { now: new Date() }), {
        samples: options.samples,
        seed: options.seed,
      });
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : renderSensitivity(workspace, report),
      );
    });
}
