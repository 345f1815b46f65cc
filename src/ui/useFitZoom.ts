/**
 * Presentation mode's fit: scales (CSS `zoom`) an element's content so that it fills its box
 * without overflowing it: larger than 1 when the content is small (grids grow on a projector),
 * smaller when a step's content is tall. It re-fits when the content or the window changes size.
 * A box whose content does not fit even at `min` scrolls (nothing is clipped).
 */
import { type RefObject, useLayoutEffect } from 'react';

export interface FitRange {
  min: number;
  max: number;
}

/** True when `inner`, zoomed by `z`, fits inside `outer` (both directions). */
function fitsAt(outer: HTMLElement, inner: HTMLElement, z: number): boolean {
  inner.style.zoom = String(z);
  const box = outer.getBoundingClientRect();
  const r = inner.getBoundingClientRect();
  return r.height <= box.height + 0.5 && inner.scrollWidth <= inner.clientWidth + 1 && r.width <= box.width + 0.5;
}

/**
 * The largest zoom in `range` at which `inner` fits `outer` (to 1%), or `range.min`.
 * A zoom that fits and is within 6% of the best is kept, so that stepping does not make the
 * picture breathe.
 */
export function fitZoom(outer: HTMLElement, inner: HTMLElement, range: FitRange): number {
  const current = Number(inner.style.zoom) || 1;
  if (current >= range.min && current <= range.max && fitsAt(outer, inner, current) && (current * 1.06 > range.max || !fitsAt(outer, inner, current * 1.06))) {
    inner.style.zoom = String(current);
    return current;
  }
  let lo = range.min;
  let hi = range.max;
  if (fitsAt(outer, inner, hi)) return hi;
  for (let i = 0; i < 9 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (fitsAt(outer, inner, mid)) lo = mid;
    else hi = mid;
  }
  inner.style.zoom = String(lo);
  return lo;
}

/**
 * While `enabled`, keeps `inner` zoomed to fit `outer` (after every render of the caller, when
 * either changes size, and when the window does); when disabled, clears the zoom.
 */
export function useFitZoom(outerRef: RefObject<HTMLElement | null>, innerRef: RefObject<HTMLElement | null>, enabled: boolean, range: FitRange): void {
  const { min, max } = range;
  useLayoutEffect(() => {
    const outer = outerRef.current;
    const inner = innerRef.current;
    if (!outer || !inner) return;
    if (!enabled) {
      inner.style.zoom = '';
      return;
    }
    fitZoom(outer, inner, { min, max });
  });
  useLayoutEffect(() => {
    const outer = outerRef.current;
    const inner = innerRef.current;
    if (!enabled || !outer || !inner || typeof ResizeObserver === 'undefined') return;
    let last = '';
    let frame = 0;
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const z = fitZoom(outer, inner, { min, max });
        const r = inner.getBoundingClientRect();
        last = `${Math.round(r.width)}x${Math.round(r.height)}@${z}`;
      });
    };
    const observer = new ResizeObserver(() => {
      const r = inner.getBoundingClientRect();
      const z = Number(inner.style.zoom) || 1;
      if (`${Math.round(r.width)}x${Math.round(r.height)}@${z}` !== last) refit();
    });
    observer.observe(outer);
    for (const child of Array.from(inner.children)) observer.observe(child);
    window.addEventListener('resize', refit);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', refit);
    };
  }, [outerRef, innerRef, enabled, min, max]);
}
