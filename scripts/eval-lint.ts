import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Diagnostic, type LintContext, lint } from '../packages/core/src/index';

/**
 * Measures the linter on messages other people published (eval/lint/messages.jsonl, labelled by
 * hand before the rules were written). Prints figures only: no test asserts them, and no rule is
 * tuned to them. See eval/lint/README.md for how the set and its labels were made.
 */

const messageSchema = z.object({
  id: z.string(),
  kind: z.enum([
    'decline',
    'acceptance',
    'extension',
    'negotiation',
    'withdrawal',
    'counter-offer-reply',
    'expedite',
  ]),
  language: z.enum(['en', 'de']),
  scope: z.enum(['message', 'excerpt']),
  channel: z.enum(['email', 'letter', 'phone']),
  label: z.enum(['flawed', 'good']),
  flaws: z.array(z.string()),
  source: z.string().url(),
  text: z.string().min(1),
  note: z.string().optional(),
});
type Message = z.infer<typeof messageSchema>;

/** Which rule is expected to catch each hand-labelled flaw (the table in eval/lint/README.md). */
const ruleForFlaw: Record<string, string> = {
  placeholder: 'no-placeholder',
  ultimatum: 'no-ultimatum',
  demand: 'no-ultimatum',
  criticism: 'no-criticism',
  'tentative-decision': 'decision-not-definitive',
  hedging: 'no-hedging',
  'over-explaining': 'no-over-explaining',
  'missing-thanks': 'missing-thanks',
  'demand-list': 'no-demand-list',
  'other-offer-figures': 'no-other-offer-figures',
};

const scenarioForKind: Partial<Record<Message['kind'], LintContext['scenario']>> = {
  decline: 'decline',
  acceptance: 'accept',
  extension: 'extension',
  negotiation: 'negotiate',
  withdrawal: 'withdraw',
};

/** Rules that judge a whole message by what it lacks; on an excerpt their silence means nothing. */
const wholeMessageRules = new Set(['missing-thanks', 'extension-needs-date']);

function load(path: URL): Message[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = messageSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`messages.jsonl line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/**
 * The context a person would have when pasting the message into Offerwise: its language and
 * channel, and for a whole message its scenario. An excerpt gets no scenario, since "this decline
 * states no decision" is no finding on one sentence of it.
 */
function contextFor(message: Message): LintContext {
  const context: LintContext = {
    language: message.language,
    channel: message.channel === 'phone' ? 'phone' : 'email',
  };
  const scenario = scenarioForKind[message.kind];
  if (message.scope === 'message' && scenario) context.scenario = scenario;
  return context;
}

function diagnosticsFor(message: Message): Diagnostic[] {
  return lint(message.text, contextFor(message)).filter(
    (d) =>
      d.severity !== 'info' && (message.scope === 'message' || !wholeMessageRules.has(d.ruleId)),
  );
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

function main() {
  const messages = load(new URL('../eval/lint/messages.jsonl', import.meta.url));
  const results = messages.map((message) => ({ message, diagnostics: diagnosticsFor(message) }));
  const flawed = results.filter((r) => r.message.label === 'flawed');
  const good = results.filter((r) => r.message.label === 'good');
  const caught = flawed.filter((r) => r.diagnostics.length > 0);
  const goodWithError = good.filter((r) => r.diagnostics.some((d) => d.severity === 'error'));
  const goodWithAny = good.filter((r) => r.diagnostics.length > 0);
  const withoutPlaceholder = flawed.filter((r) => !r.message.flaws.includes('placeholder'));

  console.log(
    `Lint evaluation on ${messages.length} published messages (${flawed.length} flawed, ${good.length} good), eval/lint/messages.jsonl\n`,
  );
  console.log('Overall');
  console.log(
    `  flawed messages with a warning or error   ${pct(caught.length, flawed.length)}  (${caught.length}/${flawed.length}; target >= 90%)`,
  );
  const caughtWithout = withoutPlaceholder.filter((r) => r.diagnostics.length > 0);
  console.log(
    `    of them without a placeholder           ${pct(caughtWithout.length, withoutPlaceholder.length)}  (${caughtWithout.length}/${withoutPlaceholder.length})`,
  );
  console.log(
    `  good messages with an error               ${pct(goodWithError.length, good.length)}  (${goodWithError.length}/${good.length}; target <= 5%)`,
  );
  console.log(
    `  good messages with any warning or error   ${pct(goodWithAny.length, good.length)}  (${goodWithAny.length}/${good.length})`,
  );

  const ruleIds = new Set<string>(Object.values(ruleForFlaw));
  for (const r of results) for (const d of r.diagnostics) ruleIds.add(d.ruleId);
  console.log(
    '\nPer rule (a message counts once per rule; "expected" = carries a flaw the rule is meant to catch)',
  );
  console.log(
    `  ${'rule'.padEnd(26)} ${'fired'.padStart(5)} ${'expected'.padStart(8)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`,
  );
  for (const ruleId of [...ruleIds].sort()) {
    const flaws = Object.entries(ruleForFlaw)
      .filter(([, rule]) => rule === ruleId)
      .map(([flaw]) => flaw);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { message, diagnostics } of results) {
      const fired = diagnostics.some((d) => d.ruleId === ruleId);
      const expected = message.flaws.some((flaw) => flaws.includes(flaw));
      if (fired && expected) tp++;
      else if (fired) fp++;
      else if (expected) fn++;
    }
    console.log(
      `  ${ruleId.padEnd(26)} ${String(tp + fp).padStart(5)} ${String(tp + fn).padStart(8)} ${pct(tp, tp + fp).padStart(10)} ${pct(tp, tp + fn).padStart(8)}`,
    );
  }

  for (const language of ['en', 'de'] as const) {
    const f = flawed.filter((r) => r.message.language === language);
    const g = good.filter((r) => r.message.language === language);
    console.log(
      `\n${language}: flawed caught ${pct(f.filter((r) => r.diagnostics.length > 0).length, f.length)} of ${f.length}, good with an error ${pct(g.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length, g.length)} of ${g.length}`,
    );
  }

  const missed = flawed.filter((r) => r.diagnostics.length === 0);
  if (missed.length > 0) {
    console.log('\nFlawed messages with no finding');
    for (const { message } of missed)
      console.log(
        `  ${message.id} [${message.flaws.join(', ')}] ${message.text.slice(0, 70).replace(/\s+/g, ' ')}…`,
      );
  }
  if (goodWithError.length > 0) {
    console.log('\nGood messages with an error');
    for (const { message, diagnostics } of goodWithError) {
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);
      console.log(
        `  ${message.id} [${[...new Set(errors)].join(', ')}] ${message.text.slice(0, 70).replace(/\s+/g, ' ')}…`,
      );
    }
  }
}

main();
