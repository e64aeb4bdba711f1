import { Command, CommanderError } from 'commander';
import { registerDraft } from './commands/draft';
import { registerEvaluate } from './commands/evaluate';
import { registerInit } from './commands/init';
import { registerLint } from './commands/lint';
import { registerNegotiate } from './commands/negotiate';
import { registerSensitivity } from './commands/sensitivity';
import { registerServe } from './commands/serve';
import { registerTimeline } from './commands/timeline';
import { CliFailure, EXIT } from './input';

const program = new Command()
  .name('offerwise')
  .description('Decide between job offers well, and say it well.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError('(run offerwise --help for usage)');

registerEvaluate(program);
registerInit(program);
registerTimeline(program);
registerDraft(program);
registerLint(program);
registerSensitivity(program);
registerNegotiate(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliFailure) {
    process.stderr.write(`${error.lines.join('\n')}\n`);
    process.exitCode = error.code;
  } else if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage mistake.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    throw error;
  }
}
