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
  {
    id: 'padding-stride',
    title: { ko: '패딩, 스트라이드, 출력 크기', en: 'Padding, stride and the output size' },
    summary: {
      ko: '(D − F + 2P)/S + 1을 직접 움직여 보기: valid, same, full 패딩과 스트라이드, 팽창, 그리고 3.5가 3이 되는 경우.',
      en: 'Play with (D − F + 2P)/S + 1: valid, same and full padding, stride, dilation, and the case where 3.5 becomes 3.',
    },
    load: () => import('./padding-stride/PaddingStride'),
  },
  {
    id: 'kernels',
    title: { ko: '커널 놀이터', en: 'Kernel playground' },
    summary: {
      ko: '선명하게(320), 윤곽선, 블러, 소벨 커널을 이미지에 적용하고 직접 바꿔 보기. 가중치의 합이 왜 중요한지, 슬라이드의 윤곽선 커널은 어디가 틀렸는지.',
      en: 'Apply sharpen (320), outline, blur and Sobel kernels to an image and edit them; why the sum of the weights matters, and what is wrong with the slide’s outline kernel.',
    },
    load: () => import('./kernels/Kernels'),
  },
];

export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((l) => l.id === id);
}
