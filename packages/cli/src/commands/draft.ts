import {
  adviseChannel,
  type Channel,
  channels,
  type DraftAsk,
  draftMessage,
  formatDraft,
  type Language,
  languages,
  type Reason,
  reasons,
  type Scenario,
  scenarios,
  type Tone,
  tones,
} from '@offerwise/core';
import { type Command, Option } from 'commander';
import { CliFailure, EXIT, issueLines, loadWorkspace, parseNow } from '../input';

interface DraftOptions {
  offer: string;
  channel?: Channel;
  tone: Tone;
  reason: Reason;
  days?: string;
  lang: Language;
  ask: string[];
  planAsk: ('base' | 'sign-on' | 'equity')[];
  now?: string;
  json?: boolean;
}

const planLevers = ['base', 'sign-on', 'equity'] as const;

/** "base salary=105000" → { label: 'base salary', amount: 105000 }. */
function parseAsk(value: string): DraftAsk {
  const match = /^(.+?)=\s*(\d+(?:\.\d+)?)\s*(\S.*)?$/.exec(value);
  if (!match?.[1] || !match[2]) {
    throw new CliFailure(
      [`--ask: expected LABEL=AMOUNT such as "base salary=105000", got "${value}"`],
      EXIT.usage,
    );
  }
  const ask: DraftAsk = { label: match[1].trim(), amount: Number(match[2]) };
  if (match[3]) ask.unit = match[3].trim();
  return ask;
}

export function register(program: Command): void {
  program
    .command('draft')
    .description('draft a message about one offer (Offerwise never sends it)')
    .addArgument(program.createArgument('<scenario>', 'what the message is for').choices(scenarios))
    .argument('<file>', 'workspace file (YAML or JSON)')
    .requiredOption('--offer <id>', 'the offer the message is about')
    .addOption(
      new Option(
        '--channel <channel>',
        'how to send it (default: the recommended channel)',
      ).choices(channels),
    )
    .addOption(new Option('--tone <tone>', 'warm, formal or brief').choices(tones).default('warm'))
    .addOption(
      new Option('--reason <reason>', 'why, for a decline, withdrawal or feedback')
        .choices(reasons)
        .default('none'),
    )
    .option(
      '--days <n>',
      'business days to ask for, for more time (default: what the timeline proposes, never past its cap)',
    )
    .addOption(new Option('--lang <language>', 'language').choices(languages).default('en'))
    .option(
      '--ask <label=amount>',
      'a negotiation ask, e.g. "base salary=105000" (one to three; default: the negotiation plan)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option(
      '--plan-ask <lever>',
      "which of the negotiation plan's asks to make: base, sign-on or equity (repeatable; default: the one that moves your decision most)",
      (value: string, previous: string[]) => {
        if (!planLevers.includes(value as (typeof planLevers)[number])) {
          throw new CliFailure(
            [`--plan-ask: expected one of ${planLevers.join(', ')}, got "${value}"`],
            EXIT.usage,
          );
        }
        return [...previous, value];
      },
      [],
    )
    .option('--now <instant>', 'draft as of this date and time (ISO 8601)')
    .option('--json', 'print the draft as JSON for other tools')
    .action((scenario: Scenario, file: string, options: DraftOptions) => {
      const workspace = loadWorkspace(file);
      const now = parseNow(options.now);
      const offer = workspace.offers.find((candidate) => candidate.id === options.offer);
      const advice = offer && !options.channel ? adviseChannel(offer, scenario) : undefined;
      const days = options.days === undefined ? undefined : Number(options.days);
      if (days !== undefined && !Number.isInteger(days)) {
        throw new CliFailure(
          [`--days: expected a whole number, got "${options.days}"`],
          EXIT.usage,
        );
      }
      const result = draftMessage(
        workspace,
        {
          scenario,
          offerId: options.offer,
          channel: options.channel ?? advice?.channel ?? 'email',
          tone: options.tone,
          reason: options.reason,
          language: options.lang,
          ...(days === undefined ? {} : { days }),
          ...(options.ask.length > 0 ? { asks: options.ask.map(parseAsk) } : {}),
          ...(options.planAsk.length > 0 ? { planAsks: options.planAsk } : {}),
        },
        { now },
      );
      if (!result.ok) {
        const flags: Record<string, string> = {
          offerId: '--offer',
          asks: '--ask',
          days: '--days',
          planAsks: '--plan-ask',
          scenario: '<scenario>',
        };
        throw new CliFailure(
          issueLines(
            file,
            result.issues.map((issue) => ({
              ...issue,
              path: flags[issue.path.split(/[.[]/)[0] ?? ''] ?? issue.path,
            })),
          ),
        );
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ draft: result.value, advice }, null, 2)}\n`);
        return;
      }
      const header = advice ? `Channel: ${advice.channel}. ${advice.reason}\n\n` : '';
      process.stdout.write(header + formatDraft(result.value));
    });
}
