/**
 * The replays of models saved in this browser: IndexedDB database `cnn-classroom-replay`, object
 * store `replays`, keyed by the model's name (the name the model itself is saved under, see
 * modelStore.ts). Typed arrays are stored as they are (structured clone). No tfjs.
 */
import type { ReplayRecord } from './replay';

const DB = 'cnn-classroom-replay';
const STORE = 'replays';

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function run<T>(idb: IDBFactory, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open(idb).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? req.error ?? new Error('IndexedDB failed'));
        };
        tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB aborted the write (is the disk full?)'));
        };
      }),
  );
}

/**
 * Keeps a model's replay under its name (replacing an older one).
 *
 * @example await saveReplay('my-lenet', record);
 */
export function saveReplay(name: string, record: ReplayRecord, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!idb) return Promise.reject(new Error('this browser has no IndexedDB'));
  return run(idb, 'readwrite', (s) => s.put(record, name)).then(() => undefined);
}

/**
 * The replay saved with a model, or null when it has none (saved before replays existed, or
 * trained elsewhere).
 *
 * @example (await loadReplay('my-lenet'))?.snapshots.length // → 40
 */
export async function loadReplay(name: string, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<ReplayRecord | null> {
  if (!idb) return null;
  const r = await run(idb, 'readonly', (s) => s.get(name) as IDBRequest<ReplayRecord | undefined>);
  return r && r.version === 1 && Array.isArray(r.snapshots) ? r : null;
}

/** Removes a model's replay (nothing happens when there is none). */
export function deleteReplay(name: string, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!idb) return Promise.resolve();
  return run(idb, 'readwrite', (s) => s.delete(name)).then(() => undefined);
}
