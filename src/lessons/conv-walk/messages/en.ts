/** English text of the conv-walk lesson (namespace `conv-walk`). Its keys are the shape the Korean file must match. */
export const en = {
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
