import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Strings of "Train a variant" on #/train (namespace `variant`), Korean. */
export const ko: Messages<typeof en> = {
  title: '변형 모델 학습하고 비교하기',
  intro: '설정 하나만 바꾸어 같은 데이터, 같은 시드로 다시 학습하고 두 모델을 나란히 봅니다. 지금 모델은 A로, 변형 모델은 B로 저장되고, 변형 모델의 학습이 끝나면 비교 페이지가 열립니다.',
  change: '바꿀 설정',
  changes: {
    kernel: '합성곱 필터(커널) 크기',
    filters: '합성곱의 필터 수',
    dropout: '출력층 앞의 드롭아웃',
    lr: '학습률 (×0.1)',
  },
  fromTo: '{{from}} → {{to}}',
  start: '변형 모델 학습하기',
  needsRun: '먼저 학습을 끝내세요. 그 모델이 모델 A가 됩니다.',
  status: {
    'saving-a': '지금 모델을 “{{a}}” 이름으로 저장하는 중입니다…',
    training: '변형 모델을 학습하는 중입니다 ({{change}}: {{from}} → {{to}}). 끝나면 “{{b}}” 이름으로 저장하고 비교 페이지를 엽니다.',
    'saving-b': '변형 모델을 “{{b}}” 이름으로 저장하는 중입니다…',
  },
  errors: {
    build: '이 변형 모델은 만들 수 없습니다: {{detail}}',
    stopped: '변형 모델의 학습이 끝나지 않아 아직 비교할 것이 없습니다. 모델 A는 “{{detail}}” 이름으로 저장되어 있습니다.',
    save: '모델을 저장하지 못했습니다: {{detail}}',
  },
};
