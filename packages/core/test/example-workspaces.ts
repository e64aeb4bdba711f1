/// <reference types="vite/client" />
import { readWorkspace, type Workspace } from '../src';

// Vite inlines the files at build time, so core's tests read examples/ without Node's fs.
const files = import.meta.glob<string>('../../../examples/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every workspace in examples/, by file name. */
export const exampleWorkspaces: [string, Workspace][] = Object.entries(files).map(
  ([path, text]) => {
    const result = readWorkspace(text);
    if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.issues)}`);
    return [path.split('/').pop() ?? path, result.value];
  },
);

/** One workspace from examples/, by file name, e.g. `exampleWorkspace('two-local-offers.yaml')`. */
export function exampleWorkspace(file: string): Workspace {
  const found = exampleWorkspaces.find(([name]) => name === file);
  if (!found) throw new Error(`examples/${file} is missing`);
  return found[1];
}
