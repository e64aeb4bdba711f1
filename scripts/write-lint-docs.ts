import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  LINT_EVALUATION_MARKER,
  lintRulesMarkdown,
  readWorkspace,
} from '../packages/core/src/index';

// The rule docs' examples refer to Ana's workspace, whose one source is the example file.
const example = readWorkspace(
  readFileSync(new URL('../examples/international-move.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error(JSON.stringify(example.issues));
const target = new URL('../docs/lint-rules.md', import.meta.url);
// The measured figures below the marker come from `npm run eval-lint -- --write-docs`; keep them.
const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
const at = current.indexOf(`\n${LINT_EVALUATION_MARKER}`);
const measured = at === -1 ? '' : current.slice(at);
writeFileSync(target, lintRulesMarkdown(example.value) + measured);
console.log(`wrote ${target.pathname}`);
