import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Diagnostic, type LintContext, lint } from '../packages/core/src/index';

/** One hand-labelled published message of eval/lint (fields in eval/lint/README.md). */
export const messageSchema = z.object({
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
export type Message = z.infer<typeof messageSchema>;

/** The labelled files in the order they were collected: development set first. */
export const evaluationFiles = [
  'messages.jsonl',
  'heldout.jsonl',
  'heldout-2.jsonl',
  'heldout-3.jsonl',
  'heldout-4.jsonl',
  'heldout-5.jsonl',
  'heldout-6.jsonl',
  'heldout-7.jsonl',
  'heldout-8.jsonl',
] as const;

/** A share as printed in the evaluation tables: "12.5%", or "n/a" when there is nothing to count. */
export const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;

export function loadMessages(file: string): Message[] {
  return readFileSync(new URL(`../eval/lint/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = messageSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

const scenarioForKind: Partial<Record<Message['kind'], LintContext['scenario']>> = {
  decline: 'decline',
  acceptance: 'accept',
  extension: 'extension',
  negotiation: 'negotiate',
  withdrawal: 'withdraw',
};

/** Rules that judge a whole message by what it lacks; on an excerpt their silence means nothing. */
const wholeMessageRules = new Set(['missing-thanks', 'extension-needs-date']);

/**
 * The context a person would have when pasting the message into Offerwise: its language and
 * channel, and for a whole message its scenario. An excerpt gets no scenario, since "this decline
 * states no decision" is no finding on one sentence of it.
 */
export function contextFor(message: Message): LintContext {
  const context: LintContext = {
    language: message.language,
    channel: message.channel === 'phone' ? 'phone' : 'email',
  };
  const scenario = scenarioForKind[message.kind];
  if (message.scope === 'message' && scenario) context.scenario = scenario;
  return context;
}

export function diagnosticsFor(message: Message): Diagnostic[] {
  return lint(message.text, contextFor(message)).filter(
    (d) =>
      d.severity !== 'info' && (message.scope === 'message' || !wholeMessageRules.has(d.ruleId)),
  );
}
