import { fromZodIssues } from '@offerwise/core';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/**
 * Validates params, query and bodies with zod like fastify-type-provider-zod's compiler, but
 * keeps the offending input so core's messages can say what was sent ("got \"98k\"").
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = Object.assign(new Error('invalid request'), {
      issues: fromZodIssues(result.error.issues),
    });
    return { error };
  };
