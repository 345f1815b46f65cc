/** English text of the kernel playground (namespace `kernels`). Its keys are the shape the Korean file must match. */
export const en = {
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
