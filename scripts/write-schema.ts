import { writeFileSync } from 'node:fs';
import { workspaceJsonSchemaText } from '../packages/core/src/index';

const target = new URL('../docs/workspace.schema.json', import.meta.url);
writeFileSync(target, workspaceJsonSchemaText());
console.log(`wrote ${target.pathname}`);
