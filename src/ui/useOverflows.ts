import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Whether the element's content is wider than its box and scrolls sideways (its CSS lets it:
 * overflow-x auto or scroll), kept up to date as either changes size and whenever `content` changes.
 * A box that scrolls must be reachable by keyboard (tabIndex 0 while it does), so the arrow keys can
 * scroll it.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>, content?: unknown): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const scrolls = /auto|scroll/.test(getComputedStyle(el).overflowX);
      setOverflows(scrolls && el.scrollWidth > el.clientWidth + 1);
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref, content]);
  return overflows;
}
