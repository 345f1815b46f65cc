/**
 * The replay's work outside the views: snapshots from the worker go to the store; a saved model
 * takes its replay along (IndexedDB next to the model, or a `<name>.replay` file next to
 * model.json and weights.bin); a loaded model brings its replay back, or the page says it has
 * none. Play advances the scrubber on one timer here (never in a component).
 */
import { errorMessage } from '../../core/errorMessage';
import type { FromWorker } from '../../model/protocol';
import type { ReplayRecord } from '../../model/replay';
import { decodeReplay, encodeReplay, REPLAY_EXTENSION } from '../../model/replayFile';
import { deleteReplay, loadReplay, saveReplay } from '../../model/replayStore';
import { useStore } from '../../state/store';

/** What the next 'loaded' message brings a replay from. */
type Expected = { kind: 'saved'; name: string } | { kind: 'file'; file: File | null } | null;

let expected: Expected = null;
let timer: ReturnType<typeof setInterval> | null = null;
/** Time between two snapshots while playing (ms). */
export const PLAY_EVERY_MS = 600;

function store() {
  return useStore.getState();
}

/** The replay as it would be saved, or null when there is nothing to save. */
export function currentRecord(): ReplayRecord | null {
  const r = store().replay;
  if (!r.pinned || r.snapshots.length === 0) return null;
  return { version: 1, spec: store().train.model?.spec ?? undefined, pinned: r.pinned, snapshots: r.snapshots };
}

async function applyExpected(e: Exclude<Expected, null>): Promise<void> {
  if (e.kind === 'saved') {
    try {
      const rec = await loadReplay(e.name);
      store().replaySet(rec, 'saved', rec ? null : { code: 'errors.noneSaved', detail: e.name });
    } catch (err) {
      store().replaySet(null, null, { code: 'errors.read', detail: errorMessage(err) });
    }
    return;
  }
  if (!e.file) {
    store().replaySet(null, null, { code: 'errors.noneFile', detail: '' });
    return;
  }
  try {
    store().replaySet(decodeReplay(await e.file.arrayBuffer()), 'file');
  } catch (err) {
    store().replaySet(null, null, { code: 'errors.badFile', detail: errorMessage(err) });
  }
}

/** Keeps or downloads the replay with a model that was just saved. */
async function saveWith(target: 'indexeddb' | 'download', name: string): Promise<void> {
  const rec = currentRecord();
  if (target === 'indexeddb') {
    try {
      // A new model under an old name must not keep the old model's replay.
      if (rec) await saveReplay(name, rec);
      else await deleteReplay(name);
    } catch (err) {
      store().replaySet(rec, store().replay.source, { code: 'errors.save', detail: errorMessage(err) });
    }
    return;
  }
  if (!rec) return;
  const url = URL.createObjectURL(new Blob([encodeReplay(rec)], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}${REPLAY_EXTENSION}`;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Every worker message passes here (after the training store has it).
 *
 * @example client.onAny(replayOnMessage);
 */
export function replayOnMessage(msg: FromWorker): void {
  if (msg.type === 'snapshot') {
    store().replayAdd(msg.snapshot, msg.fresh, msg.pinned);
  } else if (msg.type === 'saved') {
    void saveWith(msg.target, msg.name);
  } else if (msg.type === 'loaded' && expected) {
    const e = expected;
    expected = null;
    void applyExpected(e);
  } else if (msg.type === 'error' && msg.code === 'load') {
    expected = null;
  }
}

/** The page asks the worker to load a saved model: its replay comes from IndexedDB. */
export function expectSavedReplay(name: string): void {
  expected = { kind: 'saved', name };
}

/** The page asks the worker to load model files: the replay is the picked `.replay` file, if any. */
export function expectFileReplay(file: File | null): void {
  expected = { kind: 'file', file };
}

/** Splits picked files into the model's files and its replay file (the first `.replay`). */
export function splitReplayFile(files: readonly File[]): { model: File[]; replay: File | null } {
  const replay = files.find((f) => f.name.toLowerCase().endsWith(REPLAY_EXTENSION)) ?? null;
  return { model: files.filter((f) => f !== replay), replay };
}

function stopTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

/**
 * Plays the replay from where the scrubber is (from the start when it is at the end) to the end.
 *
 * @example playReplay(true);
 */
export function playReplay(on: boolean): void {
  stopTimer();
  const r = store().replay;
  if (!on || r.snapshots.length < 2) {
    store().replayPlay(false);
    return;
  }
  const last = r.snapshots.length - 1;
  if (r.position === null || r.position >= last) store().replaySeek(0);
  store().replayPlay(true);
  timer = setInterval(() => {
    const s = store().replay;
    const at = s.position ?? 0;
    if (!s.playing || at >= s.snapshots.length - 1) {
      stopTimer();
      store().replayPlay(false);
      return;
    }
    store().replaySeek(at + 1);
  }, PLAY_EVERY_MS);
}
