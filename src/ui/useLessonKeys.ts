/**
 * The lesson keys (CLASSROOM.md): → / ← and PageDown / PageUp step · Space play/pause ·
 * Home / End first/last · + / − speed · F presentation mode · ? the key list.
 *
 * They are heard on the lesson's whole document, from the moment the lesson opens and without a
 * click (an instructor arriving from a slide presses → at once; a clicker sends PageDown), and
 * after moving from one lesson to another. They never take a key from a control that needs it:
 * text fields, selects, sliders and editable cells keep every key; tab lists and grids keep their
 * arrows (those handle them and stop them first); a focused button or link keeps Space.
 *
 * Embedded (`embed=1`, an iframe on a slide): this document only receives keys while the iframe
 * has focus (the learner clicked or tabbed into the lesson), and the lesson never moves focus
 * into itself, so the slide deck around it keeps its own keys until then.
 */
import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';

function isTyping(el: Element): boolean {
  return el.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]') !== null;
}

/** What a key does in a lesson, or undefined when the key is not one of the lesson keys (or belongs to the focused control). */
export function lessonKeyAction(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, target: Element | null):
  | 'next' | 'prev' | 'first' | 'last' | 'play' | 'faster' | 'slower' | 'present' | 'help' | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const el = target ?? document.body;
  const typing = isTyping(el);
  const interactive = typing || el.closest('button, a[href], summary, [role="tab"], [role="button"]') !== null;
  const inWidget = typing || el.closest('[role="tablist"], [role="grid"], [role="slider"]') !== null;
  switch (e.key) {
    case 'ArrowRight': return inWidget ? undefined : 'next';
    case 'PageDown': return typing ? undefined : 'next';
    case 'ArrowLeft': return inWidget ? undefined : 'prev';
    case 'PageUp': return typing ? undefined : 'prev';
    case 'Home': return inWidget ? undefined : 'first';
    case 'End': return inWidget ? undefined : 'last';
    case ' ': return interactive ? undefined : 'play';
    case '+': case '=': return typing ? undefined : 'faster';
    case '-': case '_': return typing ? undefined : 'slower';
    case 'f': case 'F': return typing ? undefined : 'present';
    case '?': return typing ? undefined : 'help';
    default: return undefined;
  }
}

/**
 * Listens for the lesson keys on the document while the lesson is mounted. `blocked()` says when
 * they must rest (the key list is open); `onHelp` opens the key list.
 */
export function useLessonKeys(blocked: boolean, onHelp: () => void): void {
  const latest = useRef({ blocked, onHelp });
  useEffect(() => {
    latest.current = { blocked, onHelp };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || latest.current.blocked) return;
      const action = lessonKeyAction(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      const s = useStore.getState();
      if (action === 'next') s.stepBy(1);
      else if (action === 'prev') s.stepBy(-1);
      else if (action === 'first') s.firstStep();
      else if (action === 'last') s.lastStep();
      else if (action === 'play') s.togglePlay();
      else if (action === 'faster') s.faster();
      else if (action === 'slower') s.slower();
      else if (action === 'present') s.setPresent(!s.present);
      else latest.current.onHelp();
      e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
