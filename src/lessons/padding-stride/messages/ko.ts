import type { Messages } from '../../../i18n';
import type { en } from './en';

/** Korean text of the padding-stride lesson (namespace `padding-stride`): the same keys as en.ts, checked by the type. */
export const ko: Messages<typeof en> = {
  text: {
    p1: '출력은 얼마나 클까요? 필터가 설 수 있는 자리를 세어 보면 됩니다. 한 변이 D인 입력에서 한 변이 F인 필터가 한 칸씩 움직이면 D − F + 1자리에 설 수 있습니다.',
    p2: '패딩 P는 양쪽에 P칸씩 더하니 입력의 폭은 D + 2P가 됩니다. 스트라이드 S는 필터를 S칸씩 옮기니 S번째 자리마다 하나씩만 셉니다. 합치면 (D − F + 2P)/S + 1입니다.',
    p3: '이름이 붙은 패딩이 셋 있습니다. valid는 패딩이 없고(P = 0), same은 크기를 그대로 두며(스트라이드 1에서 P = (F − 1)/2), full은 입력의 모든 칸이 필터의 모든 칸과 만나게 합니다(P = F − 1).',
    p4: '팽창(dilation) d는 필터의 칸 사이를 d칸씩 벌립니다. 가중치는 그대로인데 (F − 1)·d + 1칸을 덮으니, 공식에서는 이 폭이 F 자리에 들어갑니다.',
    p5: '숫자를 바꾸거나 강의의 예를 골라 보세요. 한 단계씩 넘기면 필터가 패딩한 입력 위를 지나가는 모습이 보이고, 출력 칸을 가리키면 그 칸의 창이 보입니다.',
  },
  controls: {
    size: '입력 크기 D',
    kernel: '필터 크기 F',
    padding: '패딩 P',
    paddingMode: '패딩 방식',
    valid: 'valid (0)',
    same: 'same',
    full: 'full',
    number: '직접 정한 P (옆 칸에 입력)',
    stride: '스트라이드 S',
    dilation: '팽창 d',
    presets: '강의의 예 (D, F, P, S)',
  },
  presets: {
    'no-padding-no-strides': '패딩 없음, 스트라이드 1 (4, 3, 0, 1)',
    'arbitrary-padding': '임의의 패딩 (5, 4, 2, 1)',
    'half-padding': '절반 패딩 (5, 3, 1, 1)',
    'full-padding': '전체 패딩 (5, 3, 2, 1)',
    'no-padding-strides': '패딩 없음, 스트라이드 2 (5, 3, 0, 2)',
    'padding-strides': '패딩, 스트라이드 2 (5, 3, 1, 2)',
    'padding-strides-odd': '패딩, 스트라이드 2, 나누어떨어지지 않는 경우 (6, 3, 1, 2)',
    'l10-6x6': '6×6 이미지, 패딩 1 (6, 3, 1, 1)',
    'l17-28': '28×28, 5×5 필터, 패딩 2 (28, 5, 2, 1)',
  },
  grid: {
    input: '입력 {{n}}×{{n}}',
    padded: '패딩한 입력 {{n}}×{{n}} (패딩 {{p}})',
    paddedSides: '패딩한 입력 {{n}}×{{n}} (위 {{t}}, 아래 {{b}}, 왼쪽 {{l}}, 오른쪽 {{r}})',
    output: '출력 {{n}}×{{n}}',
    kernelNote: '필터는 1로 채운 {{f}}×{{f}}이라서, 출력 한 칸은 그 창 안의 값을 모두 더한 것입니다.',
  },
  formula: {
    title: '출력 크기',
    result: '출력 한 변',
    span: '팽창이 있으면 필터가 덮는 폭은 (F − 1)·d + 1 = ({{f}} − 1)·{{d}} + 1 = {{span}}칸입니다.',
    asym: '여기서 same은 앞쪽에 {{t}}칸, 뒤쪽에 {{b}}칸을 채우므로 2P 대신 {{t}} + {{b, 가}} 들어갑니다.',
  },
  odd: {
    title: '나누어떨어지지 않을 때',
    text: '공식의 값은 {{exact}}입니다. 창 반 개라는 것은 없습니다. 필터가 가장자리 밖으로 삐져나갈 수는 없으니 출력에는 온전한 창만 남습니다: ⌊{{exact}}⌋ = {{size}}. 패딩한 입력의 마지막 {{u}}개 행과 {{u}}개 열(빨간 빗금)은 한 번도 쓰이지 않습니다.',
    pad: '여기서는 그 줄이 패딩(0)이라 잃는 것이 없습니다.',
    real: '여기서는 실제 픽셀이 버려집니다. 이미지의 이 부분은 출력에 전혀 반영되지 않습니다.',
  },
  err: {
    notNumber: '“{{text}}” 값은 정수가 아닙니다.',
    range: '{{name}}: {{min}}부터 {{max}}까지의 정수를 넣어 주세요.',
    stride: '스트라이드는 1 이상이어야 합니다. 스트라이드가 {{value}}이면 필터가 움직이지 않습니다.',
    dilation: '팽창은 1 이상이어야 합니다 (1은 빈칸 없음).',
    padding: '패딩은 0 이상이어야 합니다.',
    fit: '폭이 {{span}}인 {{f}}×{{f}} 필터가 패딩한 입력 {{padded}}×{{padded}} 안에 들어가지 않습니다. 입력이나 패딩을 키우거나 필터를 줄여 보세요.',
    core: '계산할 수 없습니다: {{message}}',
    kept: '그림은 마지막으로 유효했던 설정을 그대로 보여 줍니다.',
    link: '링크의 설정으로는 그릴 수 없어({{message}}) 첫 번째 예를 대신 보여 줍니다.',
  },
  status: '{{n}}단계 중 {{k}}단계: 출력 ({{row}}, {{col}}) = {{value}}',
  cellTitle: '출력 ({{row}}, {{col}}): 창 안의 값의 합',
};
