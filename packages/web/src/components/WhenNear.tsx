import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Renders its children once their place on the page comes near the screen (or the page is
 * printed), so a chart far below the fold loads its code (about 15 kB gzipped) only when the
 * user scrolls towards it. Until then `placeholder` holds the place; it should take the room
 * the children will, so nothing jumps. Browsers without IntersectionObserver render at once.
 */
export function WhenNear({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    const printing = () => setNear(true);
    window.addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', printing);
    };
  }, [near]);
  return <div ref={box}>{near ? children : placeholder}</div>;
}
