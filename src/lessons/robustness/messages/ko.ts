import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Korean text of the lesson `robustness`. */
export const ko: Messages<typeof en> = {
  sections: { nine: '옮겨진 9', measured: '옮겨진 숫자 앞의 LeNet-5', drawing: '내 그림 옮기기' },
  text: {
    nine: {
      p1: '강의에서 9를 왼쪽으로 한 픽셀 옮겼습니다. 입력 35개 중 {{changed}}개가 바뀌지만, 고리 필터와 ReLU, 2×2 최대 풀링을 거친 뒤 가장 강한 고리 반응은 여전히 {{best}}입니다. 합성곱은 고리가 어디에 있든 찾아내고, 풀링은 정확한 위치를 잊어버리기 때문입니다.',
      p2: '강의가 주장한 것은 이것입니다: 합성곱과 풀링 덕분에 CNN은 작은 이동에 강합니다. 실제 숫자를 읽는 실제 신경망에서는 어디까지 맞을까요?',
    },
    measured: {
      p1: '이 앱에서 60초 동안 학습한 LeNet-5를, 1~4픽셀 옮긴 MNIST 테스트 이미지 10,000개로 시험했습니다(오른쪽, 왼쪽, 아래, 위의 평균). 증강 없이 학습한 모델은 가운데 놓인 숫자는 잘 읽지만, 숫자가 움직일수록 정확도가 떨어집니다. 풀링이 흡수하는 이동은 자기 창 안에서 움직인 만큼뿐이기 때문입니다.',
      p2: '데이터 증강을 쓰면 같은 신경망이 같은 60초 동안 무작위로 옮긴(그리고 돌리고, 크기와 굵기를 바꾼) 이미지로 학습합니다. 그러면 가운데 숫자의 정확도는 거의 그대로이면서 옮겨진 숫자에도 버팁니다.',
      p3: '{{date}}에 {{command, 으로}} 잰 값입니다. 학습 페이지에서 1분이면 다시 해 볼 수 있습니다:',
      train: '증강 없이 학습하기',
      trainAug: 'augment=shift로 학습하기',
    },
    drawing: {
      p1: '여기서는 {{source, 을}} 그리기 페이지처럼 가운데로 맞추지 않고 28×28 안에서 그대로 옮기며, {{model, 이}} 위치마다 답합니다.',
      p2: '지도는 최대 {{sweep}}픽셀까지의 이동마다 모델이 처음 답({{digit}})을 얼마나 확신하는지 보여 줍니다. 오른쪽 {{right}}픽셀, 왼쪽 {{left}}픽셀, 아래 {{down}}픽셀, 위 {{up}}픽셀까지 답이 유지됩니다.',
      mine: '내 그림(그리기 페이지에서 그린 것)',
      nine: '이 수업의 9(28×28에 둥근 펜으로 그린 것)',
      noDrawing: '아직 그리기 페이지에서 그린 그림이 없어서 이 수업의 9를 씁니다.',
      draw: '숫자 그리기',
    },
  },
  grids: {
    input: '숫자 9 (L06)',
    inputLabel: '숫자 9, 7×5',
    shifted: '왼쪽으로 한 픽셀',
    shiftedLabel: '왼쪽으로 옮긴 9, 7×5',
    pooled: '풀링 뒤의 고리 특징',
    pooledLabel: '9의 풀링된 고리 맵',
    shiftedPooled: '옮긴 9의 풀링 결과',
    shiftedPooledLabel: '옮긴 9의 풀링된 고리 맵',
    moved: '모델이 받는 입력',
    movedLabel: '옮긴 입력, 28×28',
    map: '이동마다 {{digit}}일 확률 (행: 아래/위, 열: 오른쪽/왼쪽)',
    mapLabel: '이동별 확률 지도, 13×13',
  },
  readout: {
    changed: '입력 {{total}}개 중 {{n}}개가 바뀜',
    best: '가장 강한 고리 반응: 옮기기 전 {{best}}, 옮긴 뒤 {{shifted}}',
  },
  measured: {
    caption: '이동 거리별 테스트 정확도(이미지 10,000개)',
    shift: '이동',
    plain: '없음',
    px: '{{d}}픽셀',
    none: '증강 없음',
    shiftAug: 'augment=shift',
    all: 'augment=shift,rotate,scale,thickness',
    images: '60초 동안 학습 이미지 {{images}}개',
    others: '±15° 회전, 0.8/1.2배 크기, 가는 획',
    rotate: '회전(±15°의 평균)',
    scale: '크기(0.8배와 1.2배의 평균)',
    thinner: '가는 획',
  },
  controls: {
    dx: '오른쪽(−: 왼쪽)',
    dy: '아래(−: 위)',
    source: '숫자',
    mine: '내 그림',
    nine: '수업의 9',
    centre: '가운데로',
  },
  status: {
    loading: '모델을 불러오는 중입니다…',
    error: '모델을 불러오지 못했습니다: {{detail}}',
    unavailable: '여기서는 쓸 수 있는 모델이 없습니다.',
    answer: '오른쪽으로 {{dx}}픽셀, 아래로 {{dy}}픽셀 옮겼을 때 모델은 {{digit, 으로}} 읽습니다({{p}}).',
    nine: '숫자 9와 왼쪽으로 한 픽셀 옮긴 9입니다.',
    measured: '증강을 쓸 때와 쓰지 않을 때, 이동 거리별 테스트 정확도입니다.',
  },
};
