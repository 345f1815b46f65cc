/**
 * Yields to the event loop through a MessageChannel, so that a worker's training loop lets
 * incoming messages (pause, stop, inspect) through after every step. A wasm step never yields by
 * itself, and setTimeout(0) is clamped (about 4 ms a step).
 */

const queue: (() => void)[] = [];
let channel: MessageChannel | undefined;

function port(): MessagePort {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
    // Node: an open port must not keep the process alive.
    (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
    (channel.port2 as MessagePort & { unref?: () => void }).unref?.();
  }
  return channel.port2;
}

/** Resolves after the event loop has run the tasks queued before it (e.g. incoming messages). */
export function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    queue.push(resolve);
    port().postMessage(0);
  });
}
