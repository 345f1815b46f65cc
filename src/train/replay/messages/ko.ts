import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Strings of the training replay on #/train (namespace `replay`), Korean. */
export const ko: Messages<typeof en> = {
  title: '학습 다시 보기',
  intro: '학습하는 동안 신경망을 40번쯤 찍어 둡니다(가장 많이 바뀌는 처음에 더 자주, 그리고 에포크가 끝날 때마다). 뒤로 돌려 보며 첫 층의 필터와 내 숫자에 대한 예측이 만들어지는 과정을 봅니다.',
  empty: '학습을 시작하면 스냅숏이 여기에 쌓입니다.',
  scrub: '스냅숏',
  step: '스냅숏 {{n}}개 중 {{k}}번째',
  play: '재생',
  pause: '일시 정지',
  live: '최신 스냅숏 따라가기',
  keys: '키: ← → 스냅숏 하나씩, Home/End 처음/끝, 스페이스 재생·일시 정지.',
  goto: '스냅숏으로 가기',
  at: {
    start: '학습 전 (무작위 가중치)',
    step: '에포크 {{epoch}} · 스텝 {{step}} · 본 이미지 {{seen}}장',
    epoch: '에포크 {{epoch}} 끝 · 스텝 {{step}} · 본 이미지 {{seen}}장',
    end: '에포크 {{epoch}}에서 멈춤 · 스텝 {{step}}',
  },
  metrics: {
    loss: '배치 손실',
    accuracy: '배치 정확도',
    test: '테스트 정확도',
    none: '—',
  },
  filters: '이 스냅숏의 첫 층 필터',
  pinned: {
    title: '따라가는 숫자',
    test: '테스트 이미지 {{index}} (정답 {{label}})',
    drawing: '“숫자 그리기” 페이지에서 그린 내 그림',
    says: '신경망의 답: {{digit}} (확신 {{p}})',
    cam: '본 곳 ({{digit}}의 CAM)',
    choose: '다음 학습에서 따라갈 숫자',
    chooseTest: '“신경망 안”에서 고른 테스트 숫자',
    chooseDrawing: '“숫자 그리기” 페이지에서 그린 내 그림',
    noDrawing: '먼저 “숫자 그리기” 페이지에서 숫자를 그리세요.',
    next: '다음 학습부터 이 숫자를 따라갑니다.',
  },
  layers: '이 스냅숏에서 이 숫자에 대한 각 층의 출력',
  source: {
    run: '이번 학습의 스냅숏: {{n}}개 (메모리 {{mb}} MB).',
    saved: '이 모델과 함께 저장된 스냅숏: {{n}}개 ({{mb}} MB).',
    file: '다시 보기 파일의 스냅숏: {{n}}개 ({{mb}} MB).',
  },
  errors: {
    position: '그 스냅숏은 없습니다: {{detail}}.',
    noneSaved: '“{{detail}}” 모델은 스냅숏 없이 저장되어 학습을 다시 볼 수 없습니다. 나머지 기능은 모두 그대로 쓸 수 있습니다.',
    noneFile: '이 모델 파일에는 .replay 파일이 없어 학습을 다시 볼 수 없습니다. 나머지 기능은 모두 그대로 쓸 수 있습니다. (model.json, weights.bin과 함께 .replay 파일을 고르세요.)',
    badFile: '다시 보기 파일을 읽지 못했습니다: {{detail}}. 모델은 불러왔습니다.',
    read: '저장된 스냅숏을 읽지 못했습니다: {{detail}}.',
    save: '모델은 저장했지만 스냅숏은 저장하지 못했습니다: {{detail}}.',
  },
};
