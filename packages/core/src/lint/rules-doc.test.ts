/// <reference types="vite/client" />
import { expect, it } from 'vitest';
import lintRulesDoc from '../../../../docs/lint-rules.md?raw';
import { exampleWorkspace } from '../../test/example-workspaces';
import { LINT_EVALUATION_MARKER, lintRulesMarkdown } from './rules-doc';

it('docs/lint-rules.md is up to date with the rules (run `npm run lint-docs`)', () => {
  const [generated] = lintRulesDoc.split(`\n${LINT_EVALUATION_MARKER}`);
  expect(generated).toBe(lintRulesMarkdown(exampleWorkspace('international-move.yaml')));
});
