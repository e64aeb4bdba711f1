import { fromZodIssues, type InputIssue } from '@offerwise/core';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/**
 * Validates params, query and bodies with zod like fastify-type-provider-zod's compiler, but
 * keeps the offending input so core's messages can say what was sent ("got \"98k\"").
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const nul = nulIssue(data);
    if (nul) return { error: Object.assign(new Error('invalid request'), { issues: [nul] }) };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = Object.assign(new Error('invalid request'), {
      issues: fromZodIssues(result.error.issues),
    });
    return { error };
  };

/**
 * The first text holding a NUL character, which no name or message has and PostgreSQL cannot
 * store in a text column (it would fail the write with a 500).
 */
export function nulIssue(data: unknown, path = ''): InputIssue | undefined {
  if (typeof data === 'string') {
    return data.includes('\u0000')
      ? { path, message: 'contains a NUL character (\\u0000); remove it' }
      : undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const entries = Array.isArray(data)
    ? data.map((value, index) => [`${path}[${index}]`, value] as const)
    : Object.entries(data).map(([key, value]) => [path ? `${path}.${key}` : key, value] as const);
  for (const [at, value] of entries) {
    if (at.includes('\u0000')) return { path, message: 'a field name contains a NUL character' };
    const found = nulIssue(value, at);
    if (found) return found;
  }
  return undefined;
}
