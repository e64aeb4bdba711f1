import type { FastifyRequest } from 'fastify';

/**
 * What the server log may hold about a request or a fault. Workspaces hold names, employers,
 * salaries and e-mail addresses, so nothing a user typed reaches the log: the path without its
 * query string, and for a fault its type, code, message and stack frames, with quoted text and
 * query parameters cut from the message (Drizzle appends a failed query's parameters,
 * PostgreSQL quotes the offending value).
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      path: request.url.split('?')[0],
      remoteAddress: request.ip,
    };
  },
  err(error: Error & { code?: unknown; cause?: unknown }) {
    return {
      type: error.constructor?.name ?? 'Error',
      message: redact(error.message),
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(error.cause instanceof Error ? { cause: error.cause.constructor?.name } : {}),
      stack: frames(error.stack),
    };
  },
};

/** The stack without its first line, which repeats the message. */
function frames(stack: string | undefined): string {
  return (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

function redact(message: string): string {
  return (message.split('\nparams:')[0] ?? '').replace(/"[^"]*"|'[^']*'/g, '…').slice(0, 300);
}
