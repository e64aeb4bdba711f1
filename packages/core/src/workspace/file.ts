import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import * as z from 'zod';
import { type Workspace, workspaceDocumentSchema } from './document';
import type { InputIssue, Result } from './issues';
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
  const tooBig = sizeIssue(text);
  if (tooBig) return { ok: false, issues: [tooBig] };
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The nesting check above is a quick scan, not a YAML parser; this is its backstop.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, issues: [{ path: '', message: `nested too deeply to read` }] };
  }
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch (error) {
    // yaml refuses a document whose aliases would expand beyond maxAliasCount (a "billion
    // laughs" file) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      issues: [{ path: '', message: `too many aliases (*name): at most ${maxAliases} are read` }],
    };
  }
  const result = validateWorkspace(data);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((issue) => locate(issue, doc, lineCounter)) };
}

/** Workspace files are a few kilobytes; this is far above any real one and keeps parsing quick. */
export const maxWorkspaceFileSize = 1024 * 1024;
const maxAliases = 100;
/** Nesting far beyond the schema's own depth only makes the parser recurse (and overflow). */
const maxNesting = 64;

/** A file too large or nested too deep to be a workspace, refused before the YAML parser runs. */
function sizeIssue(text: string): InputIssue | undefined {
  if (text.length > maxWorkspaceFileSize) {
    return {
      path: '',
      message: `the file is ${Math.ceil(text.length / 1024)} KB; a workspace file is at most ${maxWorkspaceFileSize / 1024} KB`,
    };
  }
  let depth = 0;
  let line = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && opensScalar(text, i)) quote = char;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth > maxNesting) {
        return { path: '', message: `nested more than ${maxNesting} levels deep`, line };
      }
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** A quote starts a quoted scalar only where a value starts; elsewhere it is an apostrophe. */
function opensScalar(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i] ?? '';
    if (char === ' ' || char === '\t') continue;
    return char === '\n' || ':[{,-'.includes(char);
  }
  return true;
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
