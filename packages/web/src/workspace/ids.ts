/** A schema-valid id ("acme-gmbh") from a label, unique among `taken`. */
export function slugId(label: string, taken: readonly string[]): string {
  const stem =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let candidate = stem;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${stem}-${n}`;
  return candidate;
}
