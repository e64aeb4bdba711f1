import { readFileSync } from 'node:fs';
import { formatIssue, type InputIssue, readWorkspace, type Workspace } from '@offerwise/core';
import { CliFailure, EXIT } from './failure';

// Commands import these with the rest of their input helpers; main.ts imports ./failure alone.
export { CliFailure, EXIT };

/** Larger than any message or workspace file; the linter takes about 10 ms per kilobyte. */
export const maxInputSize = 1024 * 1024;

export function readTextFile(file: string, limit = maxInputSize): string {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new CliFailure([`${file}: cannot read the file (${reason})`]);
  }
  if (text.length > limit) {
    const count = (n: number) => n.toLocaleString('en-GB');
    throw new CliFailure([
      `${file}: ${count(text.length)} characters; this command reads at most ${count(limit)}`,
    ]);
  }
  return text;
}

/** Reads and validates a workspace file, or fails with every issue named by line and path. */
export function loadWorkspace(file: string): Workspace {
  const result = readWorkspace(readTextFile(file));
  if (result.ok) return result.value;
  throw new CliFailure(issueLines(file, result.issues), EXIT.invalidInput, result.issues);
}

export function issueLines(file: string, issues: InputIssue[]): string[] {
  return [
    `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} found`,
    ...issues.map((issue) => `  ${formatIssue(issue)}`),
  ];
}

/** "Now" for commands that take `--now` (tests and what-ifs); the real clock otherwise. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new CliFailure(
      [`--now: expected a date like 2026-11-25T12:00:00Z, got "${value}"`],
      EXIT.usage,
    );
  return date;
}
