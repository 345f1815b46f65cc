import type { ComponentType } from 'react';

/** One lesson as the home page and the router know it. Only lessons that exist are listed. */
export interface LessonEntry {
  /** Route id (`#/lesson/<id>`), from the public contract. */
  id: string;
  title: { ko: string; en: string };
  summary: { ko: string; en: string };
  /** Loads the lesson's view lazily, so the home page stays small. */
  load: () => Promise<{ default: ComponentType }>;
}

/** The ordered lesson path: the only place that knows every lesson. */
export const lessons: LessonEntry[] = [];

export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((l) => l.id === id);
}
