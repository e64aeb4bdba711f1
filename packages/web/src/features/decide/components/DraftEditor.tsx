import { Text } from '@mantine/core';
import type { Diagnostic } from '@offerwise/core';
import { type ReactNode, useRef } from 'react';
import classes from './draft-editor.module.css';

/**
 * A plain textarea with the diagnostics underlined in place: a backdrop behind it holds the
 * same text, invisible, with each finding wrapped in a mark, and scrolls with it. The
 * textarea stays a real textarea, so typing, selection and screen readers work as usual.
 */
export function DraftEditor({
  label,
  value,
  onChange,
  diagnostics,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  diagnostics: readonly Diagnostic[];
  describedBy: string;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <div>
      <Text component="label" htmlFor="draft-text" fw={500} size="sm">
        {label}
      </Text>
      <div className={classes.wrap}>
        <div className={classes.backdrop} ref={backdrop} aria-hidden="true">
          {marked(value, diagnostics)}
        </div>
        <textarea
          id="draft-text"
          className={classes.input}
          value={value}
          spellCheck
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
    </div>
  );
}

function marked(text: string, diagnostics: readonly Diagnostic[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const d of [...diagnostics].sort((a, b) => a.offset - b.offset)) {
    if (d.offset < at || d.offset >= text.length) continue;
    const end = Math.min(text.length, d.offset + Math.max(1, d.length));
    nodes.push(text.slice(at, d.offset));
    nodes.push(
      <mark key={`${d.offset}-${d.ruleId}`} className={classes.mark} data-severity={d.severity}>
        {text.slice(d.offset, end)}
      </mark>,
    );
    at = end;
  }
  // A trailing space keeps the backdrop as tall as the textarea after a final newline.
  nodes.push(`${text.slice(at)} `);
  return nodes;
}
