/** Strings of "Train a variant" on #/train (namespace `variant`), English. */
export const en = {
  title: 'Train a variant and compare',
  intro: 'Change one setting, train again on the same data with the same seed, and see both models side by side: the current model is saved as A, the variant as B, and the comparison opens when the variant has finished.',
  change: 'Setting to change',
  changes: {
    kernel: 'Kernel size of the convolutions',
    filters: 'Number of filters of the convolutions',
    dropout: 'Dropout before the output',
    lr: 'Learning rate (×0.1)',
  },
  fromTo: '{{from}} → {{to}}',
  start: 'Train the variant',
  needsRun: 'Finish a run first: the model it trained becomes model A.',
  status: {
    'saving-a': 'Saving the current model as “{{a}}”…',
    training: 'Training the variant ({{change}}: {{from}} → {{to}}). When it finishes it is saved as “{{b}}” and the comparison opens.',
    'saving-b': 'Saving the variant as “{{b}}”…',
  },
  errors: {
    build: 'This variant cannot be built: {{detail}}',
    stopped: 'The variant’s run did not finish, so there is nothing to compare yet. Model A is saved as “{{detail}}”.',
    save: 'A model could not be saved: {{detail}}',
  },
};
