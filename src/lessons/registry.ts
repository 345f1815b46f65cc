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
export const lessons: LessonEntry[] = [
  {
    id: 'conv-walk',
    title: { ko: '합성곱, 창 하나씩', en: 'Convolution, one window at a time' },
    summary: {
      ko: '5×5 이미지 위로 3×3 커널이 지나가며 곱하고 더하는 과정을 한 단계씩. 패딩 1과 스트라이드 2까지.',
      en: 'Watch a 3×3 kernel slide over a 5×5 image, multiply and add, one step at a time; then padding 1 and stride 2.',
    },
    load: () => import('./conv-walk/ConvWalk'),
  },
];

export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((l) => l.id === id);
}
