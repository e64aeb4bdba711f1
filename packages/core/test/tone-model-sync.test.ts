import { describe, expect, it } from 'vitest';
import { evaluationFiles, loadMessages } from '../../../scripts/lint-eval-sets';
import { toneSettings, trainToneModel } from '../../../scripts/lint-tone-train';
import shipped from '../src/lint/tone/model.json';

describe('the shipped tone model', () => {
  it('is what `npm run lint-model` trains from eval/lint, so no hand edit hides in it', () => {
    const trained = trainToneModel(
      evaluationFiles.map((file) => ({ file, messages: loadMessages(file) })),
      toneSettings,
    );
    expect(JSON.parse(JSON.stringify(trained))).toEqual(shipped);
  });
});
