import { registerMessages } from '../../i18n';

/** Strings of the kernel playground (namespace `kernels`). */
export const kernelsEn = {
  title: 'Kernel playground: sharpen, outline, blur',
  sections: { sharpen: 'Sharpen (320)', outline: 'Outline', slide: 'The slide’s outline', playground: 'Playground' },
  text: {
    sharpen: {
      p1: 'This is the top-left corner of a grey photo: every pixel is a brightness between 0 (black) and 255 (white). The slide adds a row of zeros above it and a column of zeros on its left, so that the kernel can sit on the corner pixel too.',
      p2: 'The sharpen kernel has 5 in the middle and −1 above, below, left and right. On the corner: 105×5 − 102 − 103 = 320. Each pixel is pushed away from its neighbours: brighter than them, it gets brighter still. That is what makes edges look crisp.',
      p3: 'Step through the 16 windows, or point at any output cell to see its arithmetic. The photo continues to the right and downwards beyond what the slide shows, so these 4×4 outputs are the ones its numbers decide.',
    },
    outline: {
      p1: 'The outline kernel has 8 in the middle and −1 all around: its weights add up to 0. On a flat area every pixel equals its neighbours, so 8v − 8v = 0. Flat areas go to 0.',
      p2: 'This image is a vertical step, 10 on the left and 200 on the right. Only the windows that straddle the step respond: −570 just left of it (a dark pixel beside bright ones) and +570 just right of it. Everything else is 0. That is an edge detector.',
    },
    slide: {
      p1: 'The lecture’s text prints the outline kernel as −1 8 −1 / −1 8 −1 / −1 −1 −1. The slide was a screenshot of setosa.io’s “Image Kernels” page, and the numbers were read from the picture, with a mistake.',
      p2: 'Add up its weights: 8 + 8 − 7 = 9. On this flat patch of 100 it gives 900, nine times the brightness, instead of 0. A kernel that lights up flat areas cannot find outlines. The original has a single 8 in the centre and −1 everywhere else, which adds up to 0.',
    },
    playground: {
      p1: 'Now a larger picture: a bright square, a grey disc, a thin line and a ramp from dark to light. Pick a kernel from the list, or type your own numbers into the kernel, and see what each one does to edges and flat areas.',
      p2: 'The image gets a ring of zeros, so the output is as large as the image. Point at any output cell to see its window and arithmetic; play to watch the kernel sweep the picture (+ plays faster).',
    },
    free: {
      p1: 'Your own combination of image and kernel. Before you step, look at the kernel’s sum and guess what it will do to the flat parts of the image; then point at output cells to check their arithmetic.',
      linkImage: 'This image came from the link. It gets a ring of zeros, so the output is as large as the image.',
    },
    sumTitle: 'Why the sum of the weights matters',
    sum: 'On a flat area of brightness v every window holds v nine times, so the output is v × (sum of the weights). Sum 1 (identity, sharpen, blur, emboss): flat areas keep their brightness and only differences change. Sum 0 (outline, Sobel): flat areas become 0 and only edges remain. Sum 9: everything becomes nine times brighter.',
  },
  presetText: {
    sharpen: 'Sharpen: 5 × the pixel minus its four neighbours. Sum 1.',
    outline: 'Outline: 8 × the pixel minus its eight neighbours. Sum 0.',
    'outline-slide': 'The outline kernel as the lecture’s text printed it. Sum 9: not an outline detector.',
    identity: 'Identity: only the centre counts, so the output is the image itself. Sum 1.',
    blur: 'Box blur: the mean of the 3×3 neighbourhood (every weight 1/9). Sum 1.',
    'sobel-v': 'Sobel, vertical edges: right column minus left column, the middle row counted twice. Sum 0.',
    'sobel-h': 'Sobel, horizontal edges: bottom row minus top row, the middle column counted twice. Sum 0.',
    emboss: 'Emboss: bottom-right minus top-left, plus the pixel itself; edges look raised. Sum 1.',
    custom: 'Your own kernel. Its sum decides what it does to flat areas.',
  },
  slideAside: {
    title: 'What the slide printed',
    text: 'Printed: −1 8 −1 / −1 8 −1 / −1 −1 −1 (sum 9: a flat patch of 100 gives 900). Correct: −1 −1 −1 / −1 8 −1 / −1 −1 −1 (sum 0: a flat patch gives 0, the 10 | 200 edge gives 0, −570, +570).',
    toSlide: 'Try the slide’s kernel',
    toCorrect: 'Use the correct outline kernel',
  },
  controls: {
    image: 'Image',
    preset: 'Kernel',
    resetKernel: 'Reset kernel',
    images: {
      corner: 'Corner of a photo (L12, 5×5)',
      flat: 'Flat patch of 100 (5×5)',
      edge: 'Vertical edge 10 | 200 (5×5)',
      shapes: 'Shapes (16×16)',
      custom: 'Image from the link',
    },
    presets: {
      sharpen: 'Sharpen',
      outline: 'Outline',
      'outline-slide': 'Outline as the slide printed it',
      identity: 'Identity',
      blur: 'Box blur',
      'sobel-v': 'Vertical edges (Sobel)',
      'sobel-h': 'Horizontal edges (Sobel)',
      emboss: 'Emboss',
      custom: 'Your own kernel',
    },
  },
  readout: {
    sum: 'Sum of the weights',
    flat: 'A flat patch of 100 becomes',
  },
  grid: {
    input: 'Image {{rows}}×{{cols}}',
    padded: 'Image {{rows}}×{{cols}} with zero padding',
    kernel: 'Kernel {{rows}}×{{cols}} (type to change)',
    output: 'Output {{rows}}×{{cols}}',
  },
  cellTitle: 'Output ({{row}}, {{col}})',
  pinned: 'Pointing at output ({{row}}, {{col}}); step {{k}} is still the current step.',
  status: 'Step {{k}} of {{n}}: output ({{row}}, {{col}}) = {{value}}',
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const kernelsKo: Shape<typeof kernelsEn> = {
  title: '커널 놀이터: 선명하게, 윤곽선, 흐리게',
  sections: { sharpen: '선명하게 (320)', outline: '윤곽선', slide: '슬라이드의 윤곽선', playground: '놀이터' },
  text: {
    sharpen: {
      p1: '회색조 사진의 왼쪽 위 모서리입니다. 픽셀 하나하나가 0(검정)부터 255(흰색)까지의 밝기 값이죠. 슬라이드는 그 위에 0으로 된 행 하나, 왼쪽에 0으로 된 열 하나를 덧붙였습니다. 그래야 커널이 모서리 픽셀 위에도 올라갈 수 있으니까요.',
      p2: '선명하게(sharpen) 커널은 가운데가 5이고 위·아래·왼쪽·오른쪽이 −1입니다. 모서리에서 계산하면 105×5 − 102 − 103 = 320. 픽셀을 이웃과 멀어지게 밀어내는 셈입니다. 이웃보다 밝은 픽셀은 더 밝아지고, 그래서 경계가 또렷해 보입니다.',
      p3: '창 16개를 한 단계씩 넘겨 보거나, 출력 칸을 가리켜 그 칸의 계산을 확인해 보세요. 사진은 슬라이드에 보이는 부분보다 오른쪽과 아래로 더 이어지므로, 주어진 숫자로 확정되는 출력은 이 4×4입니다.',
    },
    outline: {
      p1: '윤곽선(outline) 커널은 가운데가 8이고 둘레가 모두 −1입니다. 가중치를 다 더하면 0이죠. 평평한 영역에서는 픽셀이 이웃과 같으니 8v − 8v = 0, 평평한 곳은 0이 됩니다.',
      p2: '이 이미지는 세로 방향의 계단입니다. 왼쪽은 10, 오른쪽은 200이죠. 계단에 걸친 창만 반응합니다. 계단 바로 왼쪽은 −570(밝은 이웃 사이의 어두운 픽셀), 바로 오른쪽은 +570이고 나머지는 모두 0입니다. 이것이 바로 경계 검출기입니다.',
    },
    slide: {
      p1: '강의 자료의 텍스트에는 윤곽선 커널이 −1 8 −1 / −1 8 −1 / −1 −1 −1로 적혀 있습니다. 이 슬라이드는 setosa.io의 “Image Kernels” 화면을 캡처한 것이고, 숫자는 그림에서 읽어 낸 것이라 실수가 섞였습니다.',
      p2: '가중치를 더해 봅시다: 8 + 8 − 7 = 9. 100으로 평평한 영역에 적용하면 0이 아니라 900, 밝기의 아홉 배가 나옵니다. 평평한 곳을 밝히는 커널로는 윤곽선을 찾을 수 없습니다. 원래 커널은 가운데에만 8이 있고 나머지는 모두 −1이라서 합이 0입니다.',
    },
    playground: {
      p1: '이번에는 더 큰 그림입니다. 밝은 사각형, 회색 원, 가는 선, 그리고 어두운 쪽에서 밝은 쪽으로 변하는 띠가 있습니다. 목록에서 커널을 고르거나 커널 칸에 직접 숫자를 넣어 보고, 각 커널이 경계와 평평한 영역에 무엇을 하는지 살펴보세요.',
      p2: '이미지 둘레에 0을 한 겹 둘렀기 때문에 출력 크기는 이미지와 같습니다. 출력 칸을 가리키면 그 칸의 창과 계산이 보이고, 재생하면 커널이 그림 전체를 훑고 지나갑니다(+ 키로 더 빠르게).',
    },
    free: {
      p1: '직접 고른 이미지와 커널의 조합입니다. 넘기기 전에 커널의 합을 보고, 이미지의 평평한 부분이 어떻게 될지 먼저 예상해 보세요. 그다음 출력 칸을 가리켜 계산을 확인해 보세요.',
      linkImage: '링크로 받은 이미지입니다. 둘레에 0을 한 겹 둘렀기 때문에 출력 크기는 이미지와 같습니다.',
    },
    sumTitle: '가중치의 합이 왜 중요할까요',
    sum: '밝기가 v로 평평한 영역에서는 창 안의 아홉 칸이 모두 v이므로 출력은 v × (가중치의 합)입니다. 합이 1이면(항등, 선명하게, 흐리게, 엠보스) 평평한 곳의 밝기는 그대로이고 차이만 달라집니다. 합이 0이면(윤곽선, 소벨) 평평한 곳은 0이 되고 경계만 남습니다. 합이 9이면 모든 곳이 아홉 배 밝아집니다.',
  },
  presetText: {
    sharpen: '선명하게: 픽셀의 5배에서 상하좌우 이웃 넷을 뺍니다. 합 1.',
    outline: '윤곽선: 픽셀의 8배에서 이웃 여덟을 뺍니다. 합 0.',
    'outline-slide': '강의 텍스트에 적힌 그대로의 윤곽선 커널. 합이 9라서 윤곽선 검출기가 아닙니다.',
    identity: '항등: 가운데 칸만 반영하므로 출력이 이미지 그대로입니다. 합 1.',
    blur: '박스 블러: 3×3 이웃의 평균입니다(가중치 모두 1/9). 합 1.',
    'sobel-v': '소벨, 세로 경계: 오른쪽 열에서 왼쪽 열을 빼고, 가운데 행은 두 배로 셉니다. 합 0.',
    'sobel-h': '소벨, 가로 경계: 아래 행에서 위 행을 빼고, 가운데 열은 두 배로 셉니다. 합 0.',
    emboss: '엠보스: 오른쪽 아래에서 왼쪽 위를 빼고 픽셀 자신을 더합니다. 경계가 도드라져 보입니다. 합 1.',
    custom: '직접 만든 커널입니다. 평평한 영역에 무엇을 할지는 가중치의 합이 정합니다.',
  },
  slideAside: {
    title: '슬라이드에 적힌 값',
    text: '적힌 값: −1 8 −1 / −1 8 −1 / −1 −1 −1 (합 9: 100으로 평평한 영역이 900이 됩니다). 올바른 값: −1 −1 −1 / −1 8 −1 / −1 −1 −1 (합 0: 평평한 영역은 0, 10 | 200 경계는 0, −570, +570).',
    toSlide: '슬라이드의 커널로 해 보기',
    toCorrect: '올바른 윤곽선 커널로 바꾸기',
  },
  controls: {
    image: '이미지',
    preset: '커널',
    resetKernel: '커널 되돌리기',
    images: {
      corner: '사진의 모서리 (L12, 5×5)',
      flat: '100으로 평평한 영역 (5×5)',
      edge: '세로 경계 10 | 200 (5×5)',
      shapes: '도형 (16×16)',
      custom: '링크로 받은 이미지',
    },
    presets: {
      sharpen: '선명하게',
      outline: '윤곽선',
      'outline-slide': '슬라이드에 적힌 윤곽선',
      identity: '항등',
      blur: '박스 블러',
      'sobel-v': '세로 경계 (소벨)',
      'sobel-h': '가로 경계 (소벨)',
      emboss: '엠보스',
      custom: '직접 만든 커널',
    },
  },
  readout: {
    sum: '가중치의 합',
    flat: '100으로 평평한 영역의 출력',
  },
  grid: {
    input: '이미지 {{rows}}×{{cols}}',
    padded: '0 패딩을 붙인 이미지 {{rows}}×{{cols}}',
    kernel: '커널 {{rows}}×{{cols}} (입력해서 바꾸기)',
    output: '출력 {{rows}}×{{cols}}',
  },
  cellTitle: '출력 ({{row}}, {{col}})',
  pinned: '출력 ({{row}}, {{col}})을 가리키고 있습니다. 현재 단계는 여전히 {{k}}단계입니다.',
  status: '{{n}}단계 중 {{k}}단계: 출력 ({{row}}, {{col}}) = {{value}}',
};

registerMessages('kernels', { ko: kernelsKo, en: kernelsEn });
