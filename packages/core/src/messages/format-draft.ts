import type { Draft } from './draft';

const scriptHeadings = {
  en: { opening: 'Opening', decision: 'Decision', close: 'Close', followUp: 'Follow-up email' },
  de: {
    opening: 'Einstieg',
    decision: 'Entscheidung',
    close: 'Abschluss',
    followUp: 'E-Mail danach',
  },
} as const;

/** The draft as plain text for a terminal or a clipboard: subject line, body, call script parts. */
export function formatDraft(draft: Draft): string {
  const out: string[] = [];
  if (draft.to) out.push(`To: ${draft.to.name}${draft.to.email ? ` <${draft.to.email}>` : ''}`);
  if (draft.subject) out.push(`Subject: ${draft.subject}`);
  if (out.length > 0) out.push('');
  if (draft.script && draft.followUp) {
    const h = scriptHeadings[draft.language];
    out.push(
      `## ${h.opening}`,
      draft.script.opening,
      '',
      `## ${h.decision}`,
      draft.script.decision,
      '',
    );
    out.push(`## ${h.close}`, draft.script.close, '', `## ${h.followUp}`);
    out.push(`Subject: ${draft.followUp.subject}`, '', draft.followUp.body);
  } else {
    out.push(draft.body);
  }
  if (draft.notes.length > 0) out.push('', ...draft.notes.map((note) => `Note: ${note}`));
  return `${out.join('\n')}\n`;
}
