/** English text of the picture picker and views (namespace `pictures`). Its keys are the shape the Korean file must match. */
export const en = {
  picker: {
    title: 'Your own picture',
    choose: 'Choose a picture…',
    drop: 'or drop one here, or paste one (Ctrl+V)',
    privacy: 'Your pictures never leave this browser: they are read and turned into numbers on this computer, and nothing is uploaded or stored. Reloading the page forgets them.',
    reading: 'Reading the picture…',
    current: '{{name}}: {{w}}×{{h}} pixels',
    currentScaled: '{{name}}: {{w}}×{{h}} pixels (shown at {{sw}}×{{sh}})',
    unnamed: 'Pasted picture',
    cameraFrame: 'Camera frame',
    none: 'No picture yet.',
    firstFrame: 'This picture is animated: its first frame is used.',
  },
  camera: {
    start: 'Start the camera',
    stop: 'Stop the camera',
    capture: 'Take this frame',
    starting: 'Asking for the camera…',
    on: 'The camera is on (the video stays on this computer).',
    video: 'Camera preview',
  },
  problems: {
    'not-image': '“{{name}}” is not a picture this browser can read (PNG, JPEG, GIF, WebP…). The previous picture stays.',
    corrupt: '“{{name}}” says it is a picture, but its bytes cannot be decoded (the file may be cut short or damaged). The previous picture stays.',
    empty: '“{{name}}” is empty (0 bytes). The previous picture stays.',
    'no-image-in-paste': 'What you pasted holds no picture. Copy an image first (e.g. right-click → Copy image). The previous picture stays.',
    'too-large': '“{{name}}” is too large ({{detail}} pixels; at most 16384×16384). The previous picture stays.',
  },
  cameraProblems: {
    unsupported: 'This browser cannot use a camera here (it needs a secure page, https or localhost). Choose a picture file instead.',
    denied: 'Camera access was refused. Allow the camera for this page in the browser’s address bar, or choose a picture file instead.',
    none: 'No camera was found. Connect one, or choose a picture file instead.',
    busy: 'The camera is in use by another program, or could not be started. Close the other program and try again.',
    other: 'The camera could not be started ({{detail}}).',
  },
  view: {
    full: 'Your picture at full size; the square is what the grid shows, the small box is the cell in the inspector',
    fullCaption: 'Full picture: the square is turned into the grid; click a place to inspect its cell',
    zoom: 'Zoom: the picture around cell ({{row}}, {{col}}), with the numbers of its {{n}}×{{n}} cells',
    zoomCaption: 'Zoom on cell ({{row}}, {{col}}) and its neighbours',
  },
};
