import { describe, expect, it } from 'vitest';
import { exampleWorkspaces } from '../../test/example-workspaces';
import { grammarProblems, withCounterOffer } from '../../test/grammar';
import { type Diagnostic, lint } from '../lint/lint';
import type { Workspace } from '../workspace/document';
import { languages } from '../workspace/language';
import { draftMessage } from './draft';
import { channels, type Reason, reasons, type Scenario, scenarios, tones } from './scenario';

const now = new Date('2026-11-25T12:00:00Z');
/** Scenarios whose wording changes with the reason; the rest are drafted once. */
const reasoned: Scenario[] = ['decline', 'withdraw', 'counter-decline', 'feedback'];
const counterScenarios: Scenario[] = ['counter-request', 'counter-decline', 'counter-accept'];

/**
 * Errors must never appear; warnings neither, except that a negotiation target may equal another
 * offer's figure by coincidence, which the linter rightly asks the user to check.
 */
function unexpected(d: Diagnostic, scenario: Scenario): boolean {
  if (d.severity === 'error') return true;
  return (
    d.severity === 'warning' && !(scenario === 'negotiate' && d.ruleId === 'no-other-offer-figures')
  );
}

function errorsIn(original: Workspace, offerId: string, scenario: Scenario, reason: Reason) {
  const found: string[] = [];
  // A reply to a counter-offer needs one; the examples have none, so one is recorded here.
  const workspace = counterScenarios.includes(scenario)
    ? withCounterOffer(original, offerId, now)
    : original;
  for (const channel of channels)
    for (const tone of tones)
      for (const language of languages) {
        const offer = workspace.offers.find((candidate) => candidate.id === offerId);
        const input = { scenario, channel, tone, language, reason, offerId };
        // Negotiation asks come from the plan; where it has none, the user gives their own.
        let result = draftMessage(workspace, input, { now });
        if (!result.ok && scenario === 'negotiate') {
          const base = offer?.pay.base ?? 0;
          result = draftMessage(
            workspace,
            { ...input, asks: [{ label: 'base salary', amount: Math.round(base * 1.05) }] },
            { now },
          );
        }
        // An offer that fails a non-negotiable is to be declined: asking it for more is refused.
        if (!result.ok && result.issues.some((i) => i.message.includes('decline it now'))) continue;
        if (!result.ok) {
          found.push(`${channel}/${tone}/${language}: ${JSON.stringify(result.issues)}`);
          continue;
        }
        const draft = result.value;
        for (const problem of grammarProblems(draft))
          found.push(`${channel}/${tone}/${language} grammar: ${problem}`);
        const texts: [string, typeof channel][] = [[draft.body, channel]];
        if (draft.followUp) texts.push([draft.followUp.body, 'email']);
        for (const [text, lintedAs] of texts) {
          const context = { scenario, channel: lintedAs, workspace, offerId, now, language };
          for (const d of lint(text, context).filter((d) => unexpected(d, scenario))) {
            found.push(
              `${channel}/${tone}/${language} ${d.line}:${d.column} ${d.ruleId} ${d.message}\n${text}`,
            );
          }
        }
      }
  return found;
}

describe('a reply to a counter-offer', () => {
  it('is refused when the offer has none, naming what to draft instead', () => {
    for (const [, workspace] of exampleWorkspaces) {
      for (const offer of workspace.offers.filter((o) => !o.counterOffers?.length)) {
        for (const scenario of counterScenarios) {
          const result = draftMessage(workspace, { scenario, offerId: offer.id }, { now });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues[0]?.message).toContain('no counter-offer');
        }
      }
    }
  });
});

describe('every generated draft', () => {
  for (const [file, workspace] of exampleWorkspaces) {
    for (const offer of workspace.offers) {
      for (const scenario of scenarios) {
        const scenarioReasons: readonly Reason[] = reasoned.includes(scenario) ? reasons : ['none'];
        it(`lints clean and passes the grammar checks: ${file} ${offer.id} ${scenario} (every channel, tone, language${scenarioReasons.length > 1 ? ', reason' : ''})`, () => {
          const errors = scenarioReasons.flatMap((reason) =>
            errorsIn(workspace, offer.id, scenario, reason),
          );
          expect(errors).toEqual([]);
        });
      }
    }
  }
});
