import { fromZodIssues, readLetter } from '@offerwise/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, invalidInput } from '../errors';
import { letterLimits, readDocument } from '../letters/read-document';
import { errors } from './responses';

const fileTypes = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'message/rfc822',
];

const evidence = z.strictObject({
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  mark: z.strictObject({ start: z.number().int(), end: z.number().int() }).optional(),
});

/** What `readLetter` returns; each value's shape is core's `LetterValue`, keyed by `key`. */
const letterRead = z
  .strictObject({
    format: z.enum(['pdf', 'docx', 'eml', 'text']),
    text: z.string(),
    pages: z.number().int().optional(),
    truncated: z.boolean().optional(),
    name: z.string().nullable(),
    limits: z.strictObject({ maxBytes: z.number().int() }),
    reading: z.strictObject({
      language: z.enum(['en', 'de']),
      fields: z.array(
        z.strictObject({
          value: z.looseObject({ key: z.string() }),
          evidence,
          confidence: z.number(),
          how: z.string(),
        }),
      ),
      conflicts: z.array(
        z.strictObject({
          key: z.string(),
          reason: z.string(),
          mentions: z.array(z.strictObject({ label: z.string(), evidence })),
          gate: z.string().optional(),
        }),
      ),
    }),
  })
  .describe('The letter’s text and the fields proposed from it, each with its evidence');

const pastedSchema = z.strictObject({
  text: z.string().min(1).max(200_000),
  name: z.string().max(255).optional(),
});

// Bodies up to this size reach the reader, so a 50 MB PDF gets the reader's own message and
// limit rather than a bare 413; anything larger is cut off by Fastify.
const uploadLimit = 64 * 1024 * 1024;

/**
 * Reads an offer letter on this server (the user's own machine in local mode): the file's text
 * and the fields proposed from it. Nothing is stored; the web app shows the proposals for review.
 */
export const letterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    fileTypes,
    { parseAs: 'buffer', bodyLimit: uploadLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/letters/read',
    {
      bodyLimit: uploadLimit,
      schema: {
        summary:
          'Read an offer letter (PDF, DOCX, .eml or text) into proposed fields; stores nothing',
        tags: ['letters'],
        querystring: z.object({ name: z.string().max(255).optional() }),
        response: { 200: letterRead, ...errors(401, 403) },
        // The body is a file (any of the types above) or JSON { text, name }: checked below,
        // since a raw file has no JSON Schema.
      },
    },
    async (request) => {
      let bytes: Buffer;
      let name = request.query.name;
      if (Buffer.isBuffer(request.body)) bytes = request.body;
      else {
        const pasted = pastedSchema.safeParse(request.body);
        if (!pasted.success) throw invalidInput(fromZodIssues(pasted.error.issues));
        bytes = Buffer.from(pasted.data.text, 'utf8');
        name = pasted.data.name ?? name;
      }
      const read = await readDocument(bytes, {
        ...(name ? { name } : {}),
        mediaType: request.headers['content-type'] ?? '',
      });
      if (!read.ok) {
        const status = read.error.code === 'too_large' ? 413 : 422;
        throw new ApiError(status, 'letter_unreadable', read.error.message, {
          reason: read.error.code,
        });
      }
      const reading = readLetter(read.value.text, { now: new Date() });
      return {
        ...read.value,
        name: name ?? null,
        limits: { maxBytes: letterLimits.maxBytes },
        reading,
      };
    },
  );
};
