import fc from 'fast-check';
import { expect, it } from 'vitest';
import { exampleWorkspaces } from '../../test/example-workspaces';
import { grammarProblems, withCounterOffer } from '../../test/grammar';
import { lint } from '../lint/lint';
import { languages } from '../workspace/language';
import { draftMessage } from './draft';
import { channels, reasons, scenarios, tones } from './scenario';

const now = new Date('2026-11-25T12:00:00Z');

// all-drafts.test.ts covers every combination for one day's wording; this covers the wordings
// other seeds (other offers, other days) pick.
it('every wording variant lints clean and passes the grammar checks, whatever the seed', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...exampleWorkspaces.map(([, workspace]) => workspace)),
      fc.nat(),
      fc.constantFrom(...scenarios),
      fc.constantFrom(...channels),
      fc.constantFrom(...tones),
      fc.constantFrom(...reasons),
      fc.constantFrom(...languages),
      fc.string(),
      (original, offerIndex, scenario, channel, tone, reason, language, seed) => {
        const picked = original.offers[offerIndex % original.offers.length];
        if (!picked) return;
        const workspace = scenario.startsWith('counter-')
          ? withCounterOffer(original, picked.id, now)
          : original;
        const offer = workspace.offers.find((o) => o.id === picked.id) ?? picked;
        const result = draftMessage(
          workspace,
          {
            scenario,
            offerId: offer.id,
            channel,
            tone,
            reason,
            language,
            seed,
            asks: [{ label: 'base salary', amount: offer.pay.base + 5000 }],
          },
          { now },
        );
        // An offer that fails a non-negotiable is to be declined: asking it for more is refused.
        if (!result.ok && result.issues.some((i) => i.message.includes('decline it now'))) return;
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(grammarProblems(result.value)).toEqual([]);
        const texts = [result.value.body, result.value.followUp?.body].filter(
          (text): text is string => text !== undefined,
        );
        for (const [index, text] of texts.entries()) {
          const context = {
            scenario,
            channel: index === 0 ? channel : ('email' as const),
            workspace,
            offerId: offer.id,
            now,
            language,
          };
          const found = lint(text, context).filter(
            (d) =>
              d.severity === 'error' ||
              (d.severity === 'warning' &&
                !(scenario === 'negotiate' && d.ruleId === 'no-other-offer-figures')),
          );
          expect(found).toEqual([]);
        }
      },
    ),
    { numRuns: 300 },
  );
});
