import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { type Workspace, workspaceDocumentSchema } from './document';
import { fromZodIssues, type InputIssue, type Result } from './issues';
import { workspaceSchema } from './schema';
import { validateWorkspace } from './validate';

export type WorkspaceFormat = 'yaml' | 'json';

export { validateWorkspace };

/**
 * Reads a workspace from YAML or JSON text. JSON is a subset of YAML, so one parser serves both
 * and every issue can point at a line and column in the user's file.
 *
 * @example
 * readWorkspace('version: 1\nprofile: …')
 * //=> { ok: false, issues: [{ path: 'offers[1].pay.base', message: 'expected a number, got "98k"', line: 12, column: 13 }] }
 */
export function readWorkspace(text: string): Result<Workspace> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          path: '',
          message: error.message.split('\n')[0] ?? error.message,
          line,
          column: col,
        };
      }),
    };
  }
  const result = validateWorkspace(doc.toJS());
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((issue) => locate(issue, doc, lineCounter)) };
}

/** Points an issue at the deepest node of its path that exists in the file. */
function locate(
  issue: InputIssue,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): InputIssue {
  const keys = pathKeys(issue.path);
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { ...issue, line, column: col };
    }
  }
  return issue;
}

function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[1] !== undefined) keys.push(match[1]);
  }
  return keys;
}

export function writeWorkspace(workspace: Workspace, format: WorkspaceFormat): string {
  return format === 'json' ? `${JSON.stringify(workspace, null, 2)}\n` : stringify(workspace);
}

/** The JSON Schema published at docs/workspace.schema.json, for editor autocompletion. */
export function workspaceJsonSchemaText(): string {
  const schema = z.toJSONSchema(workspaceDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://offerwise.example/workspace.schema.json', title: 'Offerwise workspace' }, null, 2)}\n`;
}
