/** English text of "fool the model" on the drawing page (namespace `attack`). */
export const en = {
  title: 'Fool the model',
  intro: 'Change every pixel of your drawing by at most ε (on the 0…1 ink scale) in the direction that hurts the model most, found from the gradient of the loss with respect to the input. The attack looks for the smallest ε that changes the answer.',
  method: {
    label: 'Method',
    fgsm: 'Fast gradient sign (one step of ε)',
    iterative: 'Iterative (20 small steps, kept within ε)',
  },
  target: {
    label: 'Turn it into',
    any: 'any other digit',
    digit: 'a {{d}}',
  },
  epsilon: {
    label: 'Largest change per pixel ε',
    typed: 'ε as a number',
  },
  run: 'Fool the model',
  running: 'Searching for the smallest ε…',
  stale: 'The drawing has changed since this attack: run it again to attack the new drawing.',
  result: {
    fooled: 'Fooled: the model now reads {{digit}} ({{p}} sure) instead of {{original}}.',
    notFooled: 'Not fooled within ε = {{eps}}: the model still reads {{digit}}. Allow a larger ε or use the iterative method.',
    linf: 'Largest pixel change: {{linf}} (ε found: {{eps}}, {{grads}} gradients, {{ms}} ms)',
    prediction: 'New answer',
    probs: 'Probabilities after the attack',
    perturbation: 'The change added to each pixel (purple: less ink, orange: more ink)',
    perturbationLabel: 'Perturbation, 28 by 28',
    adversarial: 'The changed 28×28 input',
    adversarialLabel: 'Changed input, 28 by 28',
    layers: 'How much each layer’s activations changed (‖a′ − a‖ / ‖a‖)',
    layer: '{{name}}: {{change}}',
  },
  words: {
    fooled: 'Every pixel moved by at most {{linf}}, too little for a person to read the digit differently, yet the answer changed from {{original}} to {{digit}}. The change is not random noise: each pixel moved in the direction that raises the loss fastest (the sign of the gradient). The first layers change little ({{first}}); the change grows through the network and is largest in {{most}} ({{mostChange}}): small, coordinated changes add up over many weights.',
    notFooled: 'Within ε = {{eps}} the model keeps its answer. The largest layer change is in {{most}} ({{mostChange}}). Raise ε to see how much change it takes.',
  },
  link: {
    method: 'The link’s method={{value}} is not a method here (fgsm or iterative): the iterative method is used.',
    target: 'The link’s target={{value}} is not a digit 0–9 or any: any other digit is the target.',
    eps: 'The link’s eps={{value}} is not a number from {{min}} to {{max}}: the default ε is used.',
    attack: 'The link’s attack={{value}} is not 1 or 0: the attack waits for the button.',
  },
  errors: {
    blank: 'Draw a digit first: there is nothing to attack on an empty canvas.',
    filled: 'The canvas is painted over almost everywhere: that is a block, not a digit. Clear it and draw a digit.',
    epsilon: 'ε must be between {{min}} and {{max}} (not {{value}}). The attack keeps the last valid ε.',
    sameTarget: 'The model already reads {{digit}}: choose another target digit.',
    noModel: 'The model is still loading: try again in a moment.',
    failed: 'The attack failed: {{detail}}',
    notNumber: '“{{text}}” is not a number.',
  },
};
