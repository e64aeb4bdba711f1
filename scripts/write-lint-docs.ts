import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LINT_EVALUATION_MARKER, lintRulesMarkdown } from '../packages/core/src/index';

const target = new URL('../docs/lint-rules.md', import.meta.url);
// The measured figures below the marker come from `npm run eval-lint -- --write-docs`; keep them.
const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
const at = current.indexOf(`\n${LINT_EVALUATION_MARKER}`);
const measured = at === -1 ? '' : current.slice(at);
writeFileSync(target, lintRulesMarkdown() + measured);
console.log(`wrote ${target.pathname}`);
