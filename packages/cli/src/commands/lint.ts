import {
  type Channel,
  channels,
  type Diagnostic,
  type Language,
  type LintContext,
  languages,
  lint,
  maxLintLength,
  type Scenario,
  scenarios,
} from '@offerwise/core';
import { type Command, Option } from 'commander';
import pc from 'picocolors';
import { CliFailure, EXIT, loadWorkspace, parseNow, readTextFile } from '../input';

interface LintOptions {
  workspace?: string;
  offer?: string;
  scenario?: Scenario;
  channel?: Channel;
  lang: Language;
  now?: string;
  json?: boolean;
}

const paint = { error: pc.red, warning: pc.yellow, info: pc.blue } as const;

/** `message.txt:3:14 error no-criticism Unexpected …`, the shape editors and CI logs recognise. */
function formatDiagnostic(name: string, d: Diagnostic): string {
  return `${name}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${d.ruleId} ${d.message}`;
}

function summary(diagnostics: Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(count('error'), 'error')}, ${part(count('warning'), 'warning')}, ${part(count('info'), 'note')}`;
}

export function register(program: Command): void {
  program
    .command('lint')
    .description('check a message before you send it; exits 1 when it has an error')
    .argument('[message]', 'message file, or - for standard input', '-')
    .option('--workspace <file>', 'workspace file, to check names, figures and deadlines')
    .option('--offer <id>', 'the offer the message answers (with --workspace)')
    .addOption(new Option('--scenario <scenario>', 'what the message is for').choices(scenarios))
    .addOption(new Option('--channel <channel>', 'how it will be sent').choices(channels))
    .addOption(new Option('--lang <language>', 'language').choices(languages).default('en'))
    .option('--now <instant>', 'check as of this date and time (ISO 8601)')
    .option('--json', 'print { "diagnostics": [...] } for other tools')
    .action((message: string, options: LintOptions) => {
      if (options.offer && !options.workspace) {
        throw new CliFailure(['--offer needs --workspace FILE to look the offer up'], EXIT.usage);
      }
      const context: LintContext = { language: options.lang, now: parseNow(options.now) };
      if (options.scenario) context.scenario = options.scenario;
      if (options.channel) context.channel = options.channel;
      if (options.workspace) {
        const workspace = loadWorkspace(options.workspace);
        const offerId =
          options.offer ?? (workspace.offers.length === 1 ? workspace.offers[0]?.id : undefined);
        if (!offerId) {
          throw new CliFailure(
            [
              `--offer: the workspace has ${workspace.offers.length} offers; name the one the message answers`,
            ],
            EXIT.usage,
          );
        }
        if (!workspace.offers.some((offer) => offer.id === offerId)) {
          const known = workspace.offers.map((offer) => offer.id).join(', ') || 'none';
          throw new CliFailure(
            [`--offer: no offer "${offerId}" in ${options.workspace} (offers: ${known})`],
            EXIT.usage,
          );
        }
        context.workspace = workspace;
        context.offerId = offerId;
      }
      const diagnostics = lint(readTextFile(message, maxLintLength), context);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ diagnostics }, null, 2)}\n`);
      } else {
        const name = message === '-' ? '<stdin>' : message;
        const lines = diagnostics.map((d) => formatDiagnostic(name, d));
        lines.push(diagnostics.length > 0 ? summary(diagnostics) : `${name}: no problems found`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT.invalidInput;
    });
}
