import { writeFileSync } from 'node:fs';
import { lintRulesMarkdown } from '../packages/core/src/index';

const target = new URL('../docs/lint-rules.md', import.meta.url);
writeFileSync(target, lintRulesMarkdown());
console.log(`wrote ${target.pathname}`);
