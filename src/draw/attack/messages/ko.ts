import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Korean text of "fool the model" (namespace `attack`): the same keys as en.ts. */
export const ko: Messages<typeof en> = {
  title: '모델 속이기',
  intro: '그림의 모든 픽셀을 ε 이하(잉크 0…1 기준)만큼, 모델에 가장 해로운 방향으로 바꿉니다. 그 방향은 입력에 대한 손실의 기울기(gradient)로 찾습니다. 공격은 답을 바꾸는 가장 작은 ε을 찾습니다.',
  method: {
    label: '방법',
    fgsm: '빠른 기울기 부호법(FGSM, ε 한 걸음)',
    iterative: '반복법(작은 걸음 20번, ε 안에서)',
  },
  target: {
    label: '바꿀 숫자',
    any: '다른 아무 숫자',
    digit: '{{d}}',
  },
  epsilon: {
    label: '픽셀당 최대 변화 ε',
    typed: 'ε 값 입력',
  },
  run: '모델 속이기',
  running: '가장 작은 ε을 찾는 중입니다…',
  stale: '이 공격 뒤에 그림이 바뀌었습니다. 새 그림을 공격하려면 다시 실행하세요.',
  result: {
    fooled: '속였습니다: 모델이 이제 {{original}} 대신 {{digit, 으로}} 읽습니다(확신 {{p}}).',
    notFooled: 'ε = {{eps}} 안에서는 속이지 못했습니다: 모델은 여전히 {{digit, 으로}} 읽습니다. ε을 키우거나 반복법을 쓰세요.',
    linf: '가장 큰 픽셀 변화: {{linf}} (찾은 ε: {{eps}}, 기울기 {{grads}}번, {{ms}} ms)',
    prediction: '새 답',
    probs: '공격 뒤의 확률',
    perturbation: '각 픽셀에 더한 변화 (보라: 잉크 줄어듦, 주황: 잉크 늘어남)',
    perturbationLabel: '섭동(perturbation), 28×28',
    adversarial: '바뀐 28×28 입력',
    adversarialLabel: '바뀐 입력, 28×28',
    layers: '층마다 활성화가 바뀐 정도 (‖a′ − a‖ / ‖a‖)',
    layer: '{{name}}: {{change}}',
  },
  words: {
    fooled: '모든 픽셀이 {{linf}} 이하로만 바뀌어 사람 눈에는 같은 숫자인데, 답은 {{original}}에서 {{digit, 으로}} 바뀌었습니다. 이 변화는 무작위 잡음이 아닙니다. 각 픽셀이 손실을 가장 빨리 키우는 방향(기울기의 부호)으로 움직였습니다. 첫 층의 변화는 작지만({{first}}) 신경망을 지나며 커져서 {{most}}에서 가장 큽니다({{mostChange}}). 작지만 방향이 맞춰진 변화가 많은 가중치를 거치며 쌓이기 때문입니다.',
    notFooled: 'ε = {{eps}} 안에서 모델은 답을 지킵니다. 활성화가 가장 많이 바뀐 층은 {{most}}입니다({{mostChange}}). ε을 키워 얼마나 바꿔야 하는지 보세요.',
  },
  link: {
    method: '링크의 method={{value}} 값은 fgsm이나 iterative가 아니어서 반복법을 씁니다.',
    target: '링크의 target={{value}} 값은 0–9의 숫자나 any가 아니어서 다른 아무 숫자로 바꿉니다.',
    eps: '링크의 eps={{value}} 값은 {{min}}부터 {{max}}까지의 수가 아니어서 기본 ε을 씁니다.',
    attack: '링크의 attack={{value}} 값은 1이나 0이 아니어서 버튼을 누를 때 공격합니다.',
  },
  errors: {
    blank: '먼저 숫자를 그리세요. 빈 캔버스에는 공격할 것이 없습니다.',
    filled: '캔버스가 거의 전부 칠해져 있습니다. 숫자가 아니라 덩어리입니다. 지우고 숫자를 그리세요.',
    epsilon: 'ε은 {{min}}에서 {{max}} 사이여야 합니다({{value, 는}} 안 됩니다). 마지막으로 유효했던 ε을 그대로 씁니다.',
    sameTarget: '모델은 이미 {{digit, 으로}} 읽습니다. 다른 숫자를 고르세요.',
    noModel: '모델을 아직 불러오는 중입니다. 잠시 뒤에 다시 해 보세요.',
    failed: '공격에 실패했습니다: {{detail}}',
    notNumber: '“{{text}}” 값은 숫자가 아닙니다.',
  },
};
