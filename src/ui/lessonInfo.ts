/**
 * Who the lesson on screen is: its registry entry (src/lessons/registry.ts), the one place that
 * writes a lesson's id, title and summary. The lesson page provides it; LessonLayout reads its id
 * and heading from it, so a lesson never types its own id or title.
 */
import { createContext, useContext } from 'react';
import { useStore } from '../state/store';

export interface Bilingual {
  ko: string;
  en: string;
}

export interface LessonInfo {
  /** Route id (`#/lesson/<id>`) and the lesson's folder name. */
  id: string;
  /** The title on the home page's card, and the lesson page's heading unless `heading` is set. */
  title: Bilingual;
  /** The lesson page's heading, when it says more than the card's title. */
  heading?: Bilingual;
  /** One or two sentences for the home page, with the lecture's numbers. */
  summary: Bilingual;
}

/** Set by the lesson page around the lesson's view (React 19: `<LessonInfoContext value={entry}>`). */
export const LessonInfoContext = createContext<LessonInfo | null>(null);

/**
 * The lesson on screen: its id (the registry's, else the route's `#/lesson/<id>`) and, when the
 * lesson page provides its registry entry, its heading in the current language.
 *
 * @example
 * const { id, heading } = useLessonInfo(); // { id: 'conv-walk', heading: 'Convolution, one window at a time' }
 */
export function useLessonInfo(): { id: string; heading?: string; info: LessonInfo | null } {
  const info = useContext(LessonInfoContext);
  const routeId = useStore((s) => (s.route.segments[0] === 'lesson' ? (s.route.segments[1] ?? '') : ''));
  const lang = useStore((s) => s.lang);
  return { id: info?.id ?? routeId, heading: info ? (info.heading ?? info.title)[lang] : undefined, info };
}
