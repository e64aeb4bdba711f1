import type { InputIssue } from '@offerwise/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** Stable error codes, documented with a "how to solve" line each in docs/errors.md. */
export const errorCodes = [
  'invalid_request',
  'invalid_workspace',
  'malformed_json',
  'body_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'csrf_invalid',
  'cross_origin',
  'read_only',
  'not_found',
  'version_conflict',
  'email_taken',
  'version_required',
  'rate_limited',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** Every problem found, each named by its field path (`invalid_request`, `invalid_workspace`). */
  issues?: InputIssue[];
  /** The version now stored (`version_conflict`), so the client can reload and retry. */
  currentVersion?: number;
}

/** An expected failure a route reports to the client; anything else becomes a hidden 500. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<ErrorBody, 'issues' | 'currentVersion'> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'workspace') =>
  new ApiError(404, 'not_found', `No ${what} with that id, or it is not yours to see.`);

export const versionConflict = (currentVersion: number) =>
  new ApiError(
    409,
    'version_conflict',
    `Someone saved a newer version (${currentVersion}) first; nothing was overwritten. Reload, reapply your change and save again.`,
    { currentVersion },
  );

export const invalidInput = (issues: InputIssue[], code: ErrorCode = 'invalid_request') =>
  new ApiError(400, code, `${issues.length} problem${issues.length === 1 ? '' : 's'} found`, {
    issues,
  });

/** Fastify's own errors that are the client's doing, in our vocabulary. */
const fastifyCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'malformed_json',
    message: 'The body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'body_too_large',
    message: 'The body is larger than this server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here; send application/json (or YAML to import).',
  },
  FST_CSRF_MISSING_SECRET: {
    code: 'csrf_invalid',
    message: 'Missing CSRF cookie: fetch GET /api/auth/session for a token, then retry.',
  },
  FST_CSRF_INVALID_TOKEN: {
    code: 'csrf_invalid',
    message: 'Missing or stale x-csrf-token header: fetch GET /api/auth/session, then retry.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_request',
    message: 'The Content-Length header does not match the body.',
  },
};

export function errorHandler(
  error: FastifyError | ApiError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof ApiError) {
    return send(reply, {
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      ...error.extra,
    });
  }
  if ('issues' in error && error.code === 'FST_ERR_VALIDATION') {
    const issues = (error as FastifyError & { issues: InputIssue[] }).issues;
    const where = error.validationContext ?? 'body';
    return send(reply, {
      statusCode: 400,
      code: 'invalid_request',
      message: `${issues.length} problem${issues.length === 1 ? '' : 's'} found in the request ${where}`,
      issues,
    });
  }
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) return send(reply, { statusCode: error.statusCode ?? 400, ...known });
  if (error.statusCode === 429) {
    return send(reply, { statusCode: 429, code: 'rate_limited', message: error.message });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, {
      statusCode: error.statusCode,
      code: 'invalid_request',
      message: error.message,
    });
  }
  // Details of server faults stay in the log: they can name tables, paths or other users' data.
  request.log.error({ err: error }, 'request failed');
  return send(reply, {
    statusCode: 500,
    code: 'internal',
    message: 'Something went wrong on our side; nothing you sent was lost. Try again.',
  });
}

function send(reply: FastifyReply, body: ErrorBody): FastifyReply {
  return reply.status(body.statusCode).type('application/json').send(body);
}
