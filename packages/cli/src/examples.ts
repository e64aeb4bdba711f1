import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWorkspace, shiftExampleDates, writeWorkspace } from '@offerwise/core';
import { CliFailure } from './input';

/** The repository's examples/, found upwards from this module (src/, dist/ or a dist chunk). */
function examplesFolder(): URL {
  for (let up = '../'; up.length < 30; up += '../') {
    const folder = new URL(`${up}examples/`, import.meta.url);
    if (existsSync(fileURLToPath(folder))) return folder;
  }
  throw new CliFailure(['the examples folder is missing from this installation']);
}

export function exampleNames(): string[] {
  return readdirSync(fileURLToPath(examplesFolder()))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * An example from examples/ dated from `now` (core's shiftExampleDates: deadlines ahead, every
 * interval kept), as YAML under the example's own opening comment. The files stay as they are.
 */
export function datedExampleFile(name: string, now: Date): string {
  const names = exampleNames();
  if (!names.includes(name)) {
    throw new CliFailure([`--example: no example "${name}" (examples: ${names.join(', ')})`]);
  }
  const text = readFileSync(new URL(`${name}.yaml`, examplesFolder()), 'utf8');
  const read = readWorkspace(text);
  if (!read.ok) throw new CliFailure(read.issues.map((i) => `${name}.yaml: ${i.message}`));
  const { workspace, shiftedByDays } = shiftExampleDates(read.value, { now });
  const opening = text.match(/^(#.*\n)+/)?.[0] ?? '';
  const note =
    shiftedByDays === 0
      ? ''
      : `# Dates moved ${shiftedByDays} days from examples/${name}.yaml so its deadlines lie ahead; every interval is kept.\n`;
  return opening + note + writeWorkspace(workspace, 'yaml');
}
