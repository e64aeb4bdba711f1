/// <reference types="vite/client" />
import { expect, it } from 'vitest';
import lintRulesDoc from '../../../../docs/lint-rules.md?raw';
import { exampleWorkspace } from '../../test/example-workspaces';
import { lintRulesMarkdown } from './rules-doc';

it('docs/lint-rules.md is up to date with the rules (run `npm run lint-docs`)', () => {
  expect(lintRulesDoc).toBe(lintRulesMarkdown(exampleWorkspace('international-move.yaml')));
});
