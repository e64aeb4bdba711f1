/** The sample workspaces from examples/, each loaded only when the user picks it. */
const files = import.meta.glob<string>('../../../../../../examples/*.yaml', {
  query: '?raw',
  import: 'default',
});

export const exampleNames = Object.keys(files)
  .map((path) => path.replace(/^.*\/(.+)\.yaml$/, '$1'))
  .sort();

export async function loadExample(name: string): Promise<string> {
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${name}.yaml`));
  if (!entry) throw new Error(`no example named ${name}`);
  return entry[1]();
}
