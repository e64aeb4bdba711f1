import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content is wider than the screen, reachable and
 * scrollable by keyboard (focusable, named), as WCAG 2.1.1 asks of scroll areas.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable by keyboard
      tabIndex={0}
      aria-label={label}
      className={className}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      {children}
    </section>
  );
}
