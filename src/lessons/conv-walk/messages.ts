import { registerMessages } from '../../i18n';

/** Strings of the conv-walk lesson (namespace `conv-walk`). */
export const convWalkEn = {
  title: 'Convolution, one window at a time',
  sections: { valid: 'No padding', padding: 'Padding 1', stride: 'Stride 2' },
  text: {
    valid: {
      p1: 'Put the 3×3 kernel on the top-left corner of the 5×5 image. Multiply each pair of cells that sit on top of each other, then add the nine products. That sum is one number of the output.',
      p2: 'Now slide the kernel one cell to the right and do it again. Along a row the kernel fits in 5 − 3 + 1 = 3 places, and the same down a column, so the output is 3×3: nine windows, nine sums.',
      p3: 'Step with → and ←, or press Space to play. Point at any output cell to see the window that made it and its arithmetic.',
    },
    padding: {
      p1: 'Look at the corner pixel (0, 0): without padding only one window ever touches it, while the centre pixel is used nine times. The border barely counts.',
      p2: 'So we wrap the image in a border of zeros, padding 1. Now the kernel can sit with its centre on every pixel, the edges take part as often as the middle, and the output keeps the input size: (5 − 3 + 2·1)/1 + 1 = 5.',
      p3: 'Check the centre 3×3 of the new output: it is exactly the answer without padding. The zeros add nothing; they only add places to stand.',
    },
    stride: {
      p1: 'Moving one cell at a time takes a while. With stride 2 the kernel jumps two cells at a time, across and down.',
      p2: 'Only (5 − 3)/2 + 1 = 2 positions fit in each direction, so four windows give a 2×2 output: 4 4 / 2 4. These are every other value of the 3×3 output: a larger stride means less computation and a smaller map.',
    },
    tryIt: 'Try it: click image cells to switch them between 0 and 1, or type new numbers into the kernel. Guess which outputs will change, then step through and check.',
  },
  slide: {
    title: 'Spot the slide error',
    text: 'One version of this image in the lecture slides has 0 0 1 1 1 as its fourth row instead of 0 0 1 1 0. With that image output (1, 2) is 4, yet the slide prints 3. Switch to the slide’s image and see for yourself.',
    toB: 'Use the slide’s image (B)',
    toA: 'Back to the original image (A)',
    isB: 'You are looking at the slide’s image (B). Output (1, 2) here is {{actual}}; the slide printed {{printed}}.',
    custom: 'This is your own image; the lecture’s image is variant A.',
  },
  grid: {
    input: 'Input image {{rows}}×{{cols}}',
    padded: 'Padded input {{rows}}×{{cols}} (padding {{p}})',
    kernel: 'Kernel {{rows}}×{{cols}}',
    output: 'Output {{rows}}×{{cols}}',
  },
  controls: {
    padding: 'Padding',
    stride: 'Stride',
    resetImage: 'Reset image',
    resetKernel: 'Reset kernel',
  },
  cellTitle: 'Output ({{row}}, {{col}})',
  pinned: 'Pointing at output ({{row}}, {{col}}); step {{k}} is still the current step.',
  status: 'Step {{k}} of {{n}}: output ({{row}}, {{col}}) = {{value}}',
  error: 'These settings cannot be computed: {{message}}. Showing the lecture’s kernel instead.',
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const convWalkKo: Shape<typeof convWalkEn> = {
  title: '합성곱, 창 하나씩',
  sections: { valid: '패딩 없이', padding: '패딩 1', stride: '스트라이드 2' },
  text: {
    valid: {
      p1: '3×3 커널을 5×5 이미지의 왼쪽 위 모서리에 올려 봅시다. 겹치는 칸끼리 곱하고, 곱한 아홉 개를 모두 더합니다. 그 합이 출력의 한 칸이 됩니다.',
      p2: '이제 커널을 오른쪽으로 한 칸 옮겨 같은 계산을 합니다. 한 줄에서 커널이 놓일 수 있는 자리는 5 − 3 + 1 = 3곳, 세로로도 3곳이니 출력은 3×3입니다. 창 아홉 개, 합 아홉 개죠.',
      p3: '→, ← 키로 한 단계씩 넘기거나 스페이스로 재생해 보세요. 출력 칸을 가리키면 그 칸을 만든 창과 계산이 보입니다.',
    },
    padding: {
      p1: '모서리 픽셀 (0, 0)을 보세요. 패딩이 없으면 이 픽셀을 지나가는 창은 단 하나인데, 가운데 픽셀은 아홉 번이나 쓰입니다. 가장자리는 거의 반영되지 않는 셈이죠.',
      p2: '그래서 이미지 둘레에 0을 한 줄 둘러 줍니다. 패딩 1입니다. 이제 커널의 가운데가 모든 픽셀 위에 올 수 있어서 가장자리도 가운데만큼 계산에 참여하고, 출력 크기도 입력과 같게 유지됩니다: (5 − 3 + 2·1)/1 + 1 = 5.',
      p3: '새 출력의 가운데 3×3을 확인해 보세요. 패딩 없이 구한 답과 똑같습니다. 0은 합에 아무것도 보태지 않고, 커널이 설 자리만 늘려 줍니다.',
    },
    stride: {
      p1: '한 번에 한 칸씩 움직이면 너무 오래 걸리지 않을까요? 스트라이드 2는 커널이 가로로도 세로로도 두 칸씩 건너뛰게 합니다.',
      p2: '방향마다 (5 − 3)/2 + 1 = 2자리만 남으니 창 네 개로 2×2 출력이 나옵니다: 4 4 / 2 4. 3×3 출력에서 한 칸씩 건너뛴 값들이죠. 스트라이드가 크면 계산이 줄고 특성 맵도 작아집니다.',
    },
    tryIt: '직접 해 보세요: 이미지 칸을 눌러 0과 1을 바꾸거나 커널에 다른 숫자를 넣어 보세요. 어느 출력이 바뀔지 먼저 예상한 다음, 한 단계씩 넘기며 확인해 보세요.',
  },
  slide: {
    title: '슬라이드 오류 찾기',
    text: '강의 슬라이드에 실린 이 이미지 가운데 하나는 넷째 행이 0 0 1 1 0이 아니라 0 0 1 1 1로 되어 있습니다. 그 이미지로 계산하면 출력 (1, 2)는 4인데, 슬라이드에는 3이라고 적혀 있습니다. 슬라이드의 이미지로 바꿔서 직접 확인해 보세요.',
    toB: '슬라이드의 이미지(B)로 바꾸기',
    toA: '원래 이미지(A)로 돌아가기',
    isB: '지금은 슬라이드의 이미지(B)입니다. 여기서 출력 (1, 2)는 {{actual}}이지만, 슬라이드에 적힌 값은 {{printed}}입니다.',
    custom: '직접 바꾼 이미지입니다. 강의의 이미지는 A입니다.',
  },
  grid: {
    input: '입력 이미지 {{rows}}×{{cols}}',
    padded: '패딩한 입력 {{rows}}×{{cols}} (패딩 {{p}})',
    kernel: '커널 {{rows}}×{{cols}}',
    output: '출력 {{rows}}×{{cols}}',
  },
  controls: {
    padding: '패딩',
    stride: '스트라이드',
    resetImage: '이미지 되돌리기',
    resetKernel: '커널 되돌리기',
  },
  cellTitle: '출력 ({{row}}, {{col}})',
  pinned: '출력 ({{row}}, {{col}})을 가리키고 있습니다. 현재 단계는 여전히 {{k}}단계입니다.',
  status: '{{n}}단계 중 {{k}}단계: 출력 ({{row}}, {{col}}) = {{value}}',
  error: '이 설정으로는 계산할 수 없습니다: {{message}}. 대신 강의의 커널을 보여 줍니다.',
};

registerMessages('conv-walk', { ko: convWalkKo, en: convWalkEn });
