import type { InputIssue } from '@offerwise/core';
import { Command, CommanderError } from 'commander';
import { CliFailure, EXIT } from './failure';

// With --json, failures are JSON on stdout too, so a tool reads one format whatever happens.
const json = process.argv.includes('--json');
const program = new Command()
  .name('offerwise')
  .description('Decide between job offers well, and say it well.')
  .version('0.1.0')
  .exitOverride();
if (json) program.configureOutput({ outputError: () => {} });
else program.showHelpAfterError('(run offerwise --help for usage)');

function fail(code: number, lines: string[], issues: InputIssue[] = []): void {
  process.exitCode = code;
  if (json) {
    const error = { exitCode: code, message: lines[0] ?? '', ...(issues.length ? { issues } : {}) };
    process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  } else process.stderr.write(`${lines.join('\n')}\n`);
}

// Only the command being run is loaded: the linter's word lists and the calendar library would
// otherwise add to every command's start-up. Help with no command loads them all.
const commands: Record<string, () => Promise<{ register: (program: Command) => void }>> = {
  evaluate: () => import('./commands/evaluate.js'),
  init: () => import('./commands/init.js'),
  timeline: () => import('./commands/timeline.js'),
  draft: () => import('./commands/draft.js'),
  lint: () => import('./commands/lint.js'),
  sensitivity: () => import('./commands/sensitivity.js'),
  negotiate: () => import('./commands/negotiate.js'),
  net: () => import('./commands/net.js'),
  serve: () => import('./commands/serve.js'),
  read: () => import('./commands/read.js'),
};
const requested = process.argv[2];
const load = requested && commands[requested] ? [commands[requested]] : Object.values(commands);
for (const module of await Promise.all(load.map((importer) => importer())))
  module.register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (CliFailure.is(error)) fail(error.code, error.lines, error.issues);
  else if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage mistake (commander has
    // printed it already, unless --json asked for it as JSON).
    if (error.exitCode === 0) process.exitCode = EXIT.ok;
    else if (json) fail(EXIT.usage, [error.message.replace(/^error: /, '')]);
    else process.exitCode = EXIT.usage;
  } else {
    // A bug, not the user's doing: one line, no stack trace unless asked for.
    fail(EXIT.internal, [
      `offerwise: something went wrong inside Offerwise (${(error as Error).message}); please report it`,
    ]);
    if (process.env.OFFERWISE_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  }
}
