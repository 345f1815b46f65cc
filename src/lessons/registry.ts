import type { ComponentType } from 'react';
import type { LessonInfo } from '../ui';

/**
 * One lesson as the home page, the router and the lesson itself know it: its id, title (and the
 * page's longer heading, if any) and summary are written here and nowhere else. The lesson is the
 * folder `src/lessons/<id>/`, whose `index.tsx` exports the view as its default (see
 * docs/adding-a-lesson.md).
 */
export type LessonEntry = LessonInfo;

/** Every lesson folder's entry file, loaded lazily (one chunk each), so the home page stays small. */
const entryFiles = import.meta.glob<{ default: ComponentType }>('./*/index.tsx');

/** Loads the view of lesson `id` (its folder's `index.tsx`). */
export function loadLesson(id: string): Promise<{ default: ComponentType }> {
  const load = entryFiles[`./${id}/index.tsx`];
  if (!load) return Promise.reject(new Error(`lesson ${id} has no src/lessons/${id}/index.tsx`));
  return load();
}

/** The ordered lesson path: the only place that knows every lesson. */
export const lessons: LessonEntry[] = [
  {
    id: 'why-cnn',
    title: { ko: '이미지에 왜 그냥 MLP를 쓰지 않을까?', en: 'Why not a plain MLP for images?' },
    summary: {
      ko: 'Full HD 사진의 뉴런 하나에 가중치 6,220,800개, 200×200×3 이미지에 뉴런 64개면 7,680,064개. 완전 연결(14,450,688) 대 합성곱(450), 그리고 숫자를 한 칸 옮기면 입력 35개 중 16개가 바뀌는 문제.',
      en: '6,220,800 weights for one neuron on a Full-HD photo, 7,680,064 for 64 neurons on 200×200×3; fully connected (14,450,688) vs convolution (450); and a digit moved by one pixel changes 16 of its 35 inputs.',
    },
  },
  {
    id: 'pixels',
    title: { ko: '이미지는 숫자다', en: 'An image is numbers' },
    summary: {
      ko: '강의의 R 출력 그대로: 밝기 0–255와 k/255(0.2784314 = 71/255), RGB 세 채널, 28×28 = 784개의 입력, 그리고 한 줄로 펼치면 위아래 이웃이 28칸 떨어지는 이유.',
      en: 'The lecture’s R dump: intensities 0–255 and k/255 (0.2784314 = 71/255), three RGB channels, 28×28 = 784 inputs, and why flattening puts the pixel above 28 places away.',
    },
  },
  {
    id: 'feature-match',
    title: { ko: '패턴을 찾는 필터', en: 'Filters as patterns' },
    heading: { ko: '패턴을 찾는 필터: 9의 고리 찾기', en: 'Filters as patterns: finding the 9’s loop' },
    summary: {
      ko: '−1/+1로 된 숫자 9 위에서 필터가 곱의 평균으로 고리를 찾고, ReLU와 풀링을 거쳐 한 칸 옮긴 9에서도 그 특징이 살아남는 과정.',
      en: 'A filter finds the 9’s loop by the mean of its products (+1 match, −1 mismatch); then ReLU, pooling, and why the feature survives a one-pixel shift.',
    },
  },
  {
    id: 'conv-walk',
    title: { ko: '합성곱, 창 하나씩', en: 'Convolution, one window at a time' },
    summary: {
      ko: '5×5 이미지 위로 3×3 필터가 지나가며 곱하고 더하는 과정을 한 단계씩. 패딩 1과 스트라이드 2까지.',
      en: 'Watch a 3×3 kernel slide over a 5×5 image, multiply and add, one step at a time; then padding 1 and stride 2.',
    },
  },
  {
    id: 'donut',
    title: { ko: '도넛 탐지기', en: 'The donut detector' },
    heading: { ko: '도넛 탐지기: 예/아니오 조건에서 곱셈 필터로', en: 'The donut detector: from yes/no conditions to multipliers' },
    summary: {
      ko: '"검정이어야 함 / 흰색이어야 함 / 상관없음" 조건에서 곱셈 필터로: 8×8 이미지의 각 픽셀은 얼마나 도넛다운가? 직접 그린 이미지로도.',
      en: 'From “must be black / must be white / doesn’t matter” to a multiplier filter: how donutty is each pixel of the 8×8 image? Draw your own, too.',
    },
  },
  {
    id: 'padding-stride',
    title: { ko: '패딩, 스트라이드, 출력 크기', en: 'Padding, stride and the output size' },
    summary: {
      ko: '(D − F + 2P)/S + 1을 직접 움직여 보기: valid, same, full 패딩과 스트라이드, 팽창, 그리고 3.5가 3이 되는 경우.',
      en: 'Play with (D − F + 2P)/S + 1: valid, same and full padding, stride, dilation, and the case where 3.5 becomes 3.',
    },
  },
  {
    id: 'rgb-conv',
    title: { ko: 'RGB 세 채널 합성곱', en: 'Convolution over RGB channels' },
    heading: { ko: '세 채널(RGB)에 걸친 합성곱과 편향', en: 'Convolution over three channels (RGB), plus a bias' },
    summary: {
      ko: '308 + (−498) + 164 + 편향 1 = −25: 필터 하나가 세 채널을 거쳐 숫자 하나를 만듭니다. 필터 여러 개와 파라미터 수(760 대 14,450,688)까지.',
      en: '308 + (−498) + 164 + bias 1 = −25: one filter, three channels, one number. Then several filters, and the parameter count (760 vs 14,450,688).',
    },
  },
  {
    id: 'kernels',
    title: { ko: '커널 놀이터', en: 'Kernel playground' },
    heading: { ko: '커널 놀이터: 선명하게, 윤곽선, 흐리게', en: 'Kernel playground: sharpen, outline, blur' },
    summary: {
      ko: '선명하게(320), 윤곽선, 블러, 소벨 커널을 이미지에 적용하고 직접 바꿔 보기. 가중치의 합이 왜 중요한지, 슬라이드의 윤곽선 커널은 어디가 틀렸는지.',
      en: 'Apply sharpen (320), outline, blur and Sobel kernels to an image and edit them; why the sum of the weights matters, and what is wrong with the slide’s outline kernel.',
    },
  },
  {
    id: 'relu',
    title: { ko: 'ReLU와 비선형성', en: 'ReLU and non-linearity' },
    heading: { ko: 'ReLU, 그리고 신경망에 꺾임이 필요한 이유', en: 'ReLU, and why a network needs a bend' },
    summary: {
      ko: '숫자 9의 활성화 맵에 ReLU를 한 칸씩 적용하고, XOR을 직접 만들어 보며 왜 꺾임(비선형)이 필요한지 확인하기. 시그모이드, tanh, ReLU 비교.',
      en: 'Apply ReLU cell by cell to the digit-9 feature map, then build XOR yourself to see why a network needs a bend; sigmoid, tanh and ReLU compared.',
    },
  },
  {
    id: 'pooling',
    title: { ko: '풀링', en: 'Pooling' },
    heading: { ko: '풀링: 가장 강한 것만 남기고 줄이기', en: 'Pooling: keep the strongest, make it smaller' },
    summary: {
      ko: '최대 풀링 2×2/2 (8 9 / 4 3), 겹치는 3×3/1, 평균 풀링과 1/n 합성곱, 전역 평균 풀링(3.0), 올림 모드, 그리고 한 칸 이동해도 특징이 남는 이유.',
      en: 'Max pooling 2×2/2 (8 9 / 4 3), overlapping 3×3/1, average pooling as a 1/n convolution, global average pooling (3.0), ceil mode, and why a feature survives a one-pixel shift.',
    },
  },
  {
    id: 'flatten-fc',
    title: { ko: '평탄화와 완전 연결층', en: 'Flatten and fully connected layers' },
    heading: { ko: '평탄화, 완전 연결, 소프트맥스', en: 'Flatten, fully connected, softmax' },
    summary: {
      ko: '3×3 맵을 벡터로 펼치고, 밀집층과 소프트맥스로 확률을 얻기. 케라스 모델의 9,216 → 128 (1,179,776개)과, 이미지를 통째로 밀집층에 넣으면 파라미터가 얼마나 폭발하는지 계산하기.',
      en: 'Flatten a 3×3 map into a vector, then a dense layer and softmax to probabilities; the Keras model’s 9,216 → 128 (1,179,776) and a calculator for how parameters explode when a whole image goes into a dense layer.',
    },
  },
  {
    id: 'architectures',
    title: { ko: 'CNN 구조, 층별로 따라가기', en: 'Architectures, layer by layer' },
    summary: {
      ko: 'Keras 모델(1,199,882), LeNet-5, AlexNet(224면 54.25), VGG A–E(VGG-16 = 138,357,544), GoogLeNet 표와 1×1 병목(112,896,000 대 5,268,480), ResNet과 DenseNet, 그리고 학습 로그.',
      en: 'The Keras model (1,199,882), LeNet-5, AlexNet (54.25 with 224), VGG A–E (VGG-16 = 138,357,544), GoogLeNet’s table and the 1×1 bottleneck (112,896,000 vs 5,268,480), ResNet and DenseNet, and the training log.',
    },
  },
  {
    id: 'cam',
    title: { ko: '클래스 활성화 맵(CAM)', en: 'Class activation maps (CAM)' },
    heading: { ko: '클래스 활성화 맵(CAM): 신경망은 어디를 보았나', en: 'Class activation maps: where did the network look?' },
    summary: {
      ko: '활성화 맵 $f_k$, 전역 평균 풀링 $F_k$, 점수 $S_c = \\sum_k w_k^c F_k$, 그리고 칸마다 가중합으로 만드는 $M_c(x, y)$. 맵을 모두 더하면 점수가 돌아옵니다(9와 0.5).',
      en: 'Feature maps $f_k$, global average pooling $F_k$, scores $S_c = \\sum_k w_k^c F_k$, and $M_c(x, y)$ built cell by cell as a weighted sum; the map adds up to the score (9 and 0.5).',
    },
  },
  {
    id: 'robustness',
    title: { ko: '모델은 왜 틀릴까: 옮겨진 숫자와 데이터 증강', en: 'Why models fail: shifted digits and augmentation' },
    summary: {
      ko: '강의의 9를 한 픽셀 옮기면 입력 35개 중 16개가 바뀌어도 풀링 뒤 고리 특징은 남습니다. 그런데 LeNet-5는 몇 픽셀 옮긴 숫자에서 얼마나 틀릴까요? 데이터 증강으로 1분 학습한 모델과 비교하고, 내 그림을 옮기며 답이 따라오는지 봅니다.',
      en: 'Shift the lecture’s 9 by one pixel: 16 of 35 inputs change, yet the pooled loop feature survives. How often does LeNet-5 fail on digits moved a few pixels? Compare a minute of training with data augmentation, and move your own drawing to watch the answer follow.',
    },
  },
];

export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((l) => l.id === id);
}
