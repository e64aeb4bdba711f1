import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toneModelSchema } from '../packages/core/src/lint/tone/model-schema';
import { evaluationFiles, loadMessages } from './lint-eval-sets';
import { toneSettings, trainToneModel } from './lint-tone-train';

/**
 * `npm run lint-model`: trains the tone model of the `reads-like-flaw` rule on every labelled file
 * in eval/lint and writes it where core ships it. Deterministic, so a rerun on the same files
 * changes nothing; a change to the files or settings shows up as a diff of the JSON.
 */
const model = toneModelSchema.parse(
  trainToneModel(
    evaluationFiles.map((file) => ({ file, messages: loadMessages(file) })),
    toneSettings,
  ),
);
const target = new URL('../packages/core/src/lint/tone/model.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(model)}\n`);
// Laid out the way `npm run lint` expects, so a retrained model passes the check as written.
spawnSync('npx', ['biome', 'format', '--write', fileURLToPath(target)], { stdio: 'ignore' });
const counts = Object.entries(model.languages).map(
  ([language, families]) =>
    `${language}: ${Object.entries(families ?? {})
      .map(([family, m]) => `${family} ${Object.keys(m.weights).length}`)
      .join(', ')}`,
);
console.log(`wrote ${target.pathname}\n${counts.join('\n')}`);
