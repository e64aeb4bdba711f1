import { useEffect, useRef } from 'react';
import { t } from '../i18n/home';

/** The first page shown keeps focus where the browser puts it; later pages move it. */
let navigated = false;

/**
 * Names the page in the tab and history ("Compare — Ana — Offerwise") and, after a navigation,
 * moves focus to the page's heading, so a screen reader announces the new page and a keyboard
 * user continues from its top instead of from the body. Returns the ref for the container
 * whose first h2 is the heading.
 */
export function usePageTitle(parts: readonly (string | null | undefined)[]) {
  const container = useRef<HTMLDivElement>(null);
  const title = [...parts.filter(Boolean), t.app.name].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (!navigated) {
      navigated = true;
      return;
    }
    const heading = container.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }, []);
  return container;
}
