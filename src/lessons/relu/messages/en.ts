/** English text of the ReLU lesson (namespace `relu`). Its keys are the shape the Korean file must match. */
export const en = {
  sections: { relu: 'ReLU on the feature map', xor: 'XOR builder', curves: 'Sigmoid, tanh, ReLU' },
  text: {
    relu: {
      p1: 'This is the feature map of the digit 9 from the filter lesson. 1 means the loop filter matched the patch perfectly; a negative number means the patch looks more like the opposite of the pattern.',
      p2: 'ReLU keeps the evidence for the pattern and drops the evidence against it: ReLU(x) = max(0, x). Negative numbers become 0, positive numbers pass unchanged. Steps 1 to 15 of the counter go through the 15 cells one by one; steps 16 to 19 are the XOR builder’s four inputs, and step 20 the curves.',
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
