import { evaluate } from '@offerwise/core';
import type { Command } from 'commander';
import { renderEvaluation } from '../evaluation-report';
import { loadWorkspace, parseNow } from '../input';

export function register(program: Command): void {
  program
    .command('evaluate')
    .description('compare the offers in a workspace file side by side')
    .argument('<file>', 'workspace file (YAML or JSON)')
    .option('--json', 'print the evaluation as JSON for other tools')
    .option('--now <instant>', 'evaluate as of this date and time (ISO 8601)')
    .action((file: string, options: { json?: boolean; now?: string }) => {
      const workspace = loadWorkspace(file);
      const evaluation = evaluate(workspace, { now: parseNow(options.now) });
      process.stdout.write(
        options.json
          ? `${JSON.stringify(evaluation, null, 2)}\n`
          : renderEvaluation(workspace, evaluation),
      );
    });
}
