import { readFileSync, writeFileSync } from 'node:fs';
import { lintRulesMarkdown, readWorkspace } from '../packages/core/src/index';

// The rule docs' examples refer to Ana's workspace, whose one source is the example file.
const example = readWorkspace(
  readFileSync(new URL('../examples/international-move.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error(JSON.stringify(example.issues));
const target = new URL('../docs/lint-rules.md', import.meta.url);
writeFileSync(target, lintRulesMarkdown(example.value));
console.log(`wrote ${target.pathname}`);
