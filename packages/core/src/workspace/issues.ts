import type { z } from 'zod';

/** An expected problem with user input: data, not an exception. */
export interface InputIssue {
  /** Path in the user's terms, e.g. `offers[1].pay.base`; empty for the whole document. */
  path: string;
  message: string;
  /** 1-based position in the source file, when known. */
  line?: number;
  column?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
  int: 'a whole number',
};

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return JSON.stringify(input);
}

type ZodIssue = z.core.$ZodIssue;

function describeIssue(issue: ZodIssue): string {
  const got = 'input' in issue ? describeValue(issue.input) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (got === 'nothing')
        return `required: expected ${typeNames[issue.expected] ?? issue.expected}`;
      return `expected ${typeNames[issue.expected] ?? issue.expected}, got ${got}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${got}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} item(s)`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${got}`;
    case 'invalid_format': {
      const formats: Record<string, string> = {
        date: 'a date like 2026-11-27',
        datetime: 'a date and time with its zone, like 2026-11-27T17:00:00+01:00',
        email: 'an email address',
      };
      if (issue.format === 'regex') return `${issue.message}, got ${got}`;
      return `expected ${formats[issue.format] ?? issue.format}, got ${got}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}, got ${got}`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into path-named messages. A union's failure is reported through the
 * alternative that came closest (fewest issues), since "Invalid input" helps nobody.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      out.push(...fromZodIssues(closest, path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...path, key]), message: 'unknown field' });
      }
      continue;
    }
    out.push({ path: formatPath(path), message: describeIssue(issue) });
  }
  return out;
}

export function formatIssue(issue: InputIssue): string {
  const where = issue.line ? `line ${issue.line}, column ${issue.column ?? 1}: ` : '';
  return `${where}${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}
