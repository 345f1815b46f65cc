import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Korean text of the training page's augmentation and robustness panel (namespace `robust`). */
export const ko: Messages<typeof en> = {
  title: '이동하고, 돌리고, 크기를 바꾼 숫자',
  lead: '가운데에 놓인 테스트 숫자를 잘 읽는 모델도 같은 숫자가 몇 픽셀만 움직이면 틀릴 수 있습니다. 10,000개 테스트 이미지를 변환한 사본으로 시험하고, 무작위 변환으로 학습해(데이터 증강) 버티게 만들어 보세요.',
  augment: {
    title: '데이터 증강',
    note: '학습 이미지는 쓰일 때마다 (실행의 시드로) 무작위로 변환됩니다. 그래서 모델은 똑같은 숫자를 두 번 보지 않습니다.',
    names: {
      shift: '최대 3픽셀 이동',
      rotate: '최대 ±15° 회전',
      scale: '크기 0.8–1.2배',
      thickness: '획 굵게 또는 가늘게',
    },
    samples: '모델이 지금 학습하는 이미지(에포크 {{epoch}}, 스텝 {{batch}}): 위는 원본, 아래는 증강된 이미지입니다.',
    original: '학습 이미지, 레이블 {{label}}, 저장된 그대로',
    augmented: '학습 이미지, 레이블 {{label}}, 모델이 받는 모습',
    none: '증강하지 않습니다: 모델은 이미지를 있는 그대로 학습합니다.',
    waiting: '학습을 시작하면 증강된 이미지가 여기에 나타납니다.',
    unknown: '링크의 “{{names}}” 증강은 이곳에 없는 방법이라서 뺐습니다(쓸 수 있는 것: {{known}}). 다른 설정은 링크대로 씁니다.',
  },
  test: {
    title: '변환한 테스트 세트의 정확도',
    count: '세트마다 테스트 이미지 수',
    run: '현재 모델을 변환한 세트로 시험하기',
    running: '시험하는 중… {{total}}개 세트 중 {{done}}개',
    cancel: '그만 시험하기',
    cancelling: '멈추는 중… {{total}}개 세트 중 {{done}}개를 마쳤고, 지금 배치가 끝나면 멈춥니다.',
    cancelled: '{{total}}개 세트 중 {{done}}개를 시험하고 멈췄습니다. 표에는 마친 세트만 나오고 나머지는 –로 표시합니다. 모델은 그대로입니다. 모든 세트를 보려면 다시 시험하세요.',
    cancelledNone: '첫 세트를 마치기 전에 멈췄습니다. 새로 잰 값은 없습니다. 모델은 그대로입니다.',
    noModel: '먼저 모델을 학습하거나 불러오세요.',
    busy: '학습이 멈추거나 끝날 때까지 기다리세요.',
    measured: '세트마다 테스트 이미지 {{count}}개로 {{seconds}}초 동안 잰 값입니다. 모델이 학습한 에포크: {{epochs}}.',
    plain: '변환하지 않은 테스트 세트',
    shift: '이동(행: 방향, 열: 픽셀)',
    px: '{{d}}픽셀',
    dir: { right: '오른쪽', left: '왼쪽', down: '아래', up: '위' },
    others: '회전, 크기, 굵은 획과 가는 획',
    names: {
      'rotate-cw15': '시계 방향 15° 회전',
      'rotate-ccw15': '반시계 방향 15° 회전',
      'scale-0_8': '0.8배 크기',
      'scale-0_9': '0.9배 크기',
      'scale-1_1': '1.1배 크기',
      'scale-1_2': '1.2배 크기',
      thicker: '굵은 획(양쪽 1픽셀씩 더)',
      thinner: '가는 획(양쪽 1픽셀씩 덜)',
    },
    summary: '변환 없음: {{plain}}. 1픽셀 이동: 평균 {{s1}}, 4픽셀 이동: {{s4}}. 가장 나쁜 세트는 “{{worst}}”입니다({{worstAcc}}).',
    cell: '{{name}}: {{acc}}',
  },
};
