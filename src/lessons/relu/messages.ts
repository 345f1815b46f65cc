import { registerMessages } from '../../i18n';

/** Strings of the ReLU lesson (namespace `relu`). */
export const reluEn = {
  title: 'ReLU, and why a network needs a bend',
  sections: { relu: 'ReLU on the feature map', xor: 'XOR builder', curves: 'Sigmoid, tanh, ReLU' },
  text: {
    relu: {
      p1: 'This is the feature map of the digit 9 from the filter lesson. 1 means the loop filter matched the patch perfectly; a negative number means the patch looks more like the opposite of the pattern.',
      p2: 'ReLU keeps the evidence for the pattern and drops the evidence against it: ReLU(x) = max(0, x). Negative numbers become 0, positive numbers pass unchanged. Step through the 15 cells.',
      p3: 'The result is the slide’s map 0 1 0 / 0 0.11 0 / 0 0.33 0 / 0 0 0 / 0 0 0. The slide adds one line: “ReLU makes the model non-linear”. Why would we want that? The XOR builder shows it.',
    },
    xor: {
      p1: 'XOR outputs 1 when exactly one input is 1. Put the four inputs on a plane and the two 1s sit on opposite corners. A single unit draws one straight line and answers 1 on one side of it, and no straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other.',
      p2: 'Two hidden units solve it: a1 fires only for (1, 0), a2 only for (0, 1), and the output adds them up. Step through the four inputs and follow the numbers, or change any weight and watch the lines and the table.',
      p3: 'Without an activation, a1 and a2 would be straight-line functions of the input, and so would any sum of them: the whole network would again be one line. The bend in the sigmoid or in ReLU is what lets two lines cut out the XOR region.',
      weights: 'These weights are ours: the slide showed its weights only in pictures, so we computed weights that reproduce its tables (every sigmoid value within 0.00005 of it, the ReLU values exactly).',
      single: 'One unit alone: y = σ(w1·x1 + w2·x2 + b). Change its three weights and the line moves, but at most 3 of the 4 inputs are ever right. We tried all {{tried}} combinations of w1, w2 and b from −2 to 2 in steps of 0.5: the best gets {{best}} of 4.',
    },
    curves: {
      p1: 'Three activation functions side by side. The sigmoid squeezes every number into (0, 1) and tanh into (−1, 1); for large inputs both flatten out, so their slope, which learning follows, almost vanishes there.',
      p2: 'ReLU is 0 for negative inputs and the input itself for positive ones: cheap to compute, and its slope stays 1 however large the input. That is why CNNs put a ReLU after almost every convolution. Move x to read the three values.',
    },
  },
  nets: {
    label: 'Network',
    sigmoid: 'Sigmoid hidden units (slide)',
    relu: 'ReLU hidden units (slide)',
    single: 'One unit, no hidden layer',
    reset: 'Back to these weights',
  },
  weights: {
    caption: 'Weights (type to change)',
    label: 'Weights: one row per unit ({{units}}), columns w1, w2, b',
    rows: { a1: 'a₁', a2: 'a₂', y: 'y' },
    cols: { w1: 'w₁', w2: 'w₂', b: 'b' },
    mismatch: 'Ignored w={{value}} in the link: the {{net}} network needs {{need}} rows of w1,w2,b. Using its own weights.',
  },
  table: {
    caption: 'The four inputs',
    x1: 'x₁',
    x2: 'x₂',
    target: 'XOR',
    slide: 'slide (a₁ a₂ y)',
    ok: 'right?',
    yes: 'right',
    no: 'wrong',
    correct: '{{n}} of 4 right',
    matches: 'matches the slide’s table',
    differs: 'differs from the slide’s table',
    noSlide: 'the slide has no table for one unit',
  },
  plane: {
    title: 'The input plane',
    label: 'The input plane x₁, x₂ from −0.5 to 1.5: the shaded region is where the network answers 1; dashed lines are where each hidden unit switches on; circles are the four inputs (filled: XOR is 1).',
    region: 'network answers 1',
    unitLine: '{{unit}} switches on',
  },
  arith: {
    unit: '{{unit}} for x = ({{x1}}, {{x2}})',
  },
  curves: {
    title: 'Activation functions',
    label: 'Sigmoid, tanh and ReLU for x from −3 to 3',
    x: 'x',
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'ReLU',
  },
  grid: {
    input: 'Feature map {{rows}}×{{cols}} (L06)',
    output: 'After ReLU {{rows}}×{{cols}}',
  },
  cellTitle: 'Cell ({{row}}, {{col}})',
  status: {
    relu: 'Cell ({{row}}, {{col}}): max(0, {{x}}) = {{y}}',
    xor: 'Input ({{x1}}, {{x2}}): y = {{y}}, XOR is {{target}}',
    curves: 'At x = {{x}}: sigmoid {{s}}, tanh {{t}}, ReLU {{r}}',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const reluKo: Shape<typeof reluEn> = {
  title: 'ReLU, 그리고 신경망에 꺾임이 필요한 이유',
  sections: { relu: '특성 맵에 ReLU', xor: 'XOR 만들기', curves: '시그모이드, tanh, ReLU' },
  text: {
    relu: {
      p1: '필터 수업에서 구한 숫자 9의 특성 맵입니다. 1은 고리 모양 필터가 그 부분과 완벽하게 맞았다는 뜻이고, 음수는 그 부분이 오히려 패턴의 반대에 가깝다는 뜻입니다.',
      p2: 'ReLU는 패턴이 있다는 증거는 남기고, 없다는 증거는 버립니다: ReLU(x) = max(0, x). 음수는 0이 되고 양수는 그대로 통과합니다. 15개 칸을 하나씩 넘겨 보세요.',
      p3: '결과는 슬라이드의 맵 0 1 0 / 0 0.11 0 / 0 0.33 0 / 0 0 0 / 0 0 0과 같습니다. 슬라이드에는 “ReLU는 모델을 non-linear하게 만듦”이라는 한 줄이 붙어 있습니다. 왜 비선형이 필요할까요? XOR 만들기에서 확인해 봅시다.',
    },
    xor: {
      p1: 'XOR은 입력 중 정확히 하나만 1일 때 1을 냅니다. 네 입력을 평면에 찍어 보면 1이 되는 두 점이 서로 대각선 반대편에 있습니다. 유닛 하나는 직선 하나를 긋고 그 한쪽을 1이라고 답하는데, (0, 1)과 (1, 0)을 한쪽에, (0, 0)과 (1, 1)을 다른 쪽에 두는 직선은 없습니다.',
      p2: '은닉 유닛 두 개면 풀립니다. a1은 (1, 0)에서만, a2는 (0, 1)에서만 켜지고, 출력은 둘을 더합니다. 네 입력을 한 단계씩 넘기며 숫자를 따라가 보거나, 가중치를 바꿔 가며 직선과 표가 어떻게 변하는지 보세요.',
      p3: '활성화 함수가 없으면 a1과 a2는 입력의 일차 함수이고, 그 합도 일차 함수입니다. 결국 신경망 전체가 다시 직선 하나가 되죠. 시그모이드나 ReLU의 꺾임 덕분에 직선 두 개로 XOR 영역을 잘라 낼 수 있습니다.',
      weights: '이 가중치는 저희가 계산한 값입니다. 슬라이드의 가중치는 그림으로만 실려 있어서, 슬라이드의 표를 그대로 재현하는 가중치를 구했습니다(시그모이드 값은 모두 0.00005 이내, ReLU 값은 정확히 일치).',
      single: '유닛 하나만 쓰는 경우: y = σ(w1·x1 + w2·x2 + b). 가중치 세 개를 바꾸면 직선이 움직이지만, 네 입력 중 맞히는 것은 많아야 3개입니다. w1, w2, b를 −2부터 2까지 0.5 간격으로 {{tried}}가지 조합을 모두 시험해 보니, 가장 좋은 것도 4개 중 {{best}}개였습니다.',
    },
    curves: {
      p1: '활성화 함수 세 개를 나란히 놓았습니다. 시그모이드는 모든 수를 (0, 1) 사이로, tanh는 (−1, 1) 사이로 눌러 담습니다. 입력이 크면 둘 다 평평해져서, 학습이 따라가는 기울기가 거의 사라집니다.',
      p2: 'ReLU는 음수에서는 0, 양수에서는 입력 그대로입니다. 계산이 싸고, 입력이 아무리 커도 기울기가 1로 유지되죠. 그래서 CNN은 거의 모든 합성곱 뒤에 ReLU를 둡니다. x를 움직여 세 값을 읽어 보세요.',
    },
  },
  nets: {
    label: '신경망',
    sigmoid: '시그모이드 은닉 유닛 (슬라이드)',
    relu: 'ReLU 은닉 유닛 (슬라이드)',
    single: '유닛 하나, 은닉층 없음',
    reset: '이 신경망의 가중치로 되돌리기',
  },
  weights: {
    caption: '가중치 (입력해서 바꾸기)',
    label: '가중치: 유닛({{units}})마다 한 행, 열은 w1, w2, b',
    rows: { a1: 'a₁', a2: 'a₂', y: 'y' },
    cols: { w1: 'w₁', w2: 'w₂', b: 'b' },
    mismatch: '링크의 w={{value}} 값은 무시했습니다. {{net}} 신경망에는 w1,w2,b로 된 행이 {{need}}개 필요합니다. 이 신경망의 가중치를 사용합니다.',
  },
  table: {
    caption: '네 가지 입력',
    x1: 'x₁',
    x2: 'x₂',
    target: 'XOR',
    slide: '슬라이드 (a₁ a₂ y)',
    ok: '맞음?',
    yes: '맞음',
    no: '틀림',
    correct: '4개 중 {{n}}개 맞음',
    matches: '슬라이드의 표와 일치',
    differs: '슬라이드의 표와 다름',
    noSlide: '유닛 하나짜리 표는 슬라이드에 없음',
  },
  plane: {
    title: '입력 평면',
    label: 'x₁, x₂가 −0.5부터 1.5까지인 입력 평면: 색칠한 영역은 신경망이 1이라고 답하는 곳, 점선은 각 은닉 유닛이 켜지는 경계, 원은 네 입력(채워진 원: XOR이 1)입니다.',
    region: '신경망이 1이라고 답함',
    unitLine: '{{unit}}이 켜지는 경계',
  },
  arith: {
    unit: 'x = ({{x1}}, {{x2}})일 때 {{unit}}',
  },
  curves: {
    title: '활성화 함수',
    label: 'x가 −3부터 3까지일 때의 시그모이드, tanh, ReLU',
    x: 'x',
    sigmoid: '시그모이드',
    tanh: 'tanh',
    relu: 'ReLU',
  },
  grid: {
    input: '특성 맵 {{rows}}×{{cols}} (L06)',
    output: 'ReLU 적용 후 {{rows}}×{{cols}}',
  },
  cellTitle: '칸 ({{row}}, {{col}})',
  status: {
    relu: '칸 ({{row}}, {{col}}): max(0, {{x}}) = {{y}}',
    xor: '입력 ({{x1}}, {{x2}}): y = {{y}}, XOR은 {{target}}',
    curves: 'x = {{x}}에서 시그모이드 {{s}}, tanh {{t}}, ReLU {{r}}',
  },
};

registerMessages('relu', { ko: reluKo, en: reluEn });
