import { validateWorkspace, type Workspace, writeWorkspace } from '@offerwise/core';

/**
 * The workspace file as the browser exports it: the document put back in the schema's field
 * order (the database keeps keys its own way), written as the CLI and server write it, so an
 * exported file imported again and exported gives the same bytes. A document that does not
 * validate is written as it is, so an export never loses anything.
 */
export function exportText(document: Workspace, format: 'yaml' | 'json'): string {
  const checked = validateWorkspace(document);
  return writeWorkspace(checked.ok ? checked.value : document, format);
}

/** "Lena — one offer" → "lena-one-offer.yaml". */
export function exportName(title: string | undefined, format: 'yaml' | 'json'): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'offerwise-workspace'}.${format}`;
}
