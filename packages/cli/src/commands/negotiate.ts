import { evaluate, negotiationPlan } from '@offerwise/core';
import type { Command } from 'commander';
import { renderNegotiation } from '../analysis-report';
import { CliFailure, EXIT, loadWorkspace, parseNow } from '../input';

export function register(program: Command): void {
  program
    .command('negotiate')
    .description(
      'plan the one to three asks that would change your decision, with walk-away points',
    )
    .argument('<file>', 'workspace file (YAML or JSON)')
    .requiredOption('--offer <id>', 'the offer to negotiate (its id in the file)')
    .option('--now <instant>', 'plan as of this date and time (ISO 8601), as timeline and draft do')
    .option('--json', 'print the plan as JSON for other tools')
    .action((file: string, options: { offer: string; now?: string; json?: boolean }) => {
      const workspace = loadWorkspace(file);
      const plan = negotiationPlan(
        workspace,
        evaluate(workspace, { now: parseNow(options.now) }),
        options.offer,
      );
      if (!plan) {
        throw new CliFailure(
          [
            `--offer: ${file} has no offer "${options.offer}"; choose one of: ${workspace.offers.map((o) => o.id).join(', ')}`,
          ],
          EXIT.usage,
        );
      }
      process.stdout.write(
        options.json ? `${JSON.stringify(plan, null, 2)}\n` : renderNegotiation(plan),
      );
    });
}
