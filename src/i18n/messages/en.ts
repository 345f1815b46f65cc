/** English text shared by every page (namespace `common`). Its keys are the shape the Korean file must match. */
export const en = {
  appName: 'CNN Classroom',
  tagline: 'Convolutional neural networks, one step at a time, with the numbers from the lecture.',
  nav: { home: 'Lessons', train: 'Train on MNIST', draw: 'Draw a digit', skip: 'Skip to content' },
  lang: { label: 'Language', ko: '한국어', en: 'English' },
  present: { on: 'Presentation mode', off: 'Leave presentation mode' },
  copyLink: { label: 'Copy link', done: 'Link copied', failed: 'Could not copy: select the address bar instead' },
  home: {
    lessons: 'Lessons',
    lessonsIntro: 'Each lesson steps through one operation with the lecture’s own numbers. Every step has a link.',
    labs: 'Hands-on',
    trainTitle: 'Train a CNN on MNIST',
    trainText: 'Train LeNet-5 or the lecture’s Keras model on 60,000 handwritten digits, right in this tab.',
    drawTitle: 'Draw a digit',
    drawText: 'Draw, and watch the network classify it and what each layer sees.',
    lessonNumber: 'Lesson {{n}}',
  },
  ignored: 'Ignored {{key}}={{value}} in the link: it is not a valid value, so the default is used.',
  notFound: { title: 'Page not found', text: 'There is no page at {{path}}.', back: 'Back to the lessons' },
  error: { title: 'Something went wrong on this page', retry: 'Try again', details: 'Details' },
  loading: 'Loading…',
  offline: { ready: 'Ready to work offline' },
};
