/**
 * The training worker (a module worker, created by TrainingClient). Glue only: messages from the
 * page go to a TrainingSession; its messages go back with their buffers transferred. On WebGL it
 * watches the backend's canvas for a lost context.
 */
import * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { isToWorker, transferablesOf, type FromWorker } from './protocol';
import { TrainingSession } from './session';
import { appWasmPaths } from './wasmAssets';

function post(msg: FromWorker): void {
  self.postMessage(msg, { transfer: transferablesOf(msg) });
}

/** The WebGL backend's canvas, to hear about a lost context. */
function watchWebglContext(session: TrainingSession): void {
  const backend = tf.backend() as unknown as { getGPGPUContext?: () => { gl: WebGLRenderingContext | WebGL2RenderingContext } };
  const canvas = backend.getGPGPUContext?.().gl.canvas;
  if (!canvas) return;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    session.contextLost();
  }, { once: true });
}

const session: TrainingSession = new TrainingSession({
  post,
  wasmPaths: () => appWasmPaths(self.location.href),
  onBackend: (backend) => {
    if (backend === 'webgl') watchWebglContext(session);
  },
});

self.onmessage = (event: MessageEvent) => {
  if (isToWorker(event.data)) session.receive(event.data);
  else post({ type: 'error', code: 'bad-message', message: 'the training worker got a message it does not know' });
};

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  const reason: unknown = event.reason;
  post({ type: 'error', code: 'training', message: errorMessage(reason) });
});
