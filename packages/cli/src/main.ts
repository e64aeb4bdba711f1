import { Command, CommanderError } from 'commander';
import { CliFailure, EXIT } from './input';

const program = new Command()
  .name('offerwise')
  .description('Decide between job offers well, and say it well.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError('(run offerwise --help for usage)');

// Only the command being run is loaded: the linter's word lists and the calendar library would
// otherwise add to every command's start-up. Help with no command loads them all.
const commands: Record<string, () => Promise<{ register: (program: Command) => void }>> = {
  evaluate: () => import('./commands/evaluate'),
  init: () => import('./commands/init'),
  timeline: () => import('./commands/timeline'),
  draft: () => import('./commands/draft'),
  lint: () => import('./commands/lint'),
  sensitivity: () => import('./commands/sensitivity'),
  negotiate: () => import('./commands/negotiate'),
  net: () => import('./commands/net'),
  serve: () => import('./commands/serve'),
  read: () => import('./commands/read'),
};
const requested = process.argv[2];
const load = requested && commands[requested] ? [commands[requested]] : Object.values(commands);
for (const module of await Promise.all(load.map((importer) => importer())))
  module.register(program);

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
