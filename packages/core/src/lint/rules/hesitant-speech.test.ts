import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../lint-context';

function findings(text: string, context: LintContext = {}) {
  return lint(text, context).filter((d) => d.ruleId === 'hesitant-speech');
}

describe('hesitant-speech', () => {
  for (const [text, context, cues] of [
    ['Um, thank you for the offer. I would like a base of $90,000.', {}, ['Um']],
    ['Thanks for the offer. I know it is a lot to ask, but…', {}, ['…']],
    ['Thank you. So then $95k...?', {}, ['...']],
    ['Hmm... thank you. I would accept at... maybe... 90k.', {}, ['Hmm', '...']],
    ['Äh, vielen Dank für das Angebot.', { language: 'de' }, ['Äh']],
    ['Naja… vielen Dank. Dann eben 70.000 €…?', { language: 'de' }, ['Naja', '…']],
  ] as const) {
    it(`warns on "${text}", naming ${cues.join(' and ')}`, () => {
      const [finding, ...rest] = findings(text, context as LintContext);
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('warning');
      for (const cue of cues) expect(finding?.message).toContain(`\`${cue}\``);
    });
  }

  for (const [text, context] of [
    // One pause after a finished thought is a writer's choice.
    ['Thank you for the offer. This role is exactly what I hoped for…', {}],
    // A cut in a quotation, and a glad "Oh".
    ['Thank you. You wrote "the role includes […] travel", and I am happy with that.', {}],
    ['Oh, thank you so much! I am happy to accept.', {}],
    // "nun" meaning "now", and "um" the German preposition.
    ['Vielen Dank. Ich habe mich nun entschieden, das Angebot anzunehmen.', { language: 'de' }],
    ['Vielen Dank. Ich bitte um drei weitere Tage.', { language: 'de' }],
  ] as const) {
    it(`stays quiet on "${text}"`, () => {
      expect(findings(text, context as LintContext)).toEqual([]);
    });
  }
});
