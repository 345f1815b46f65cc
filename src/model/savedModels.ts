/**
 * The models this app saves in the browser, without tfjs (the drawing page lists them before tfjs
 * loads): their names and IndexedDB paths, the list of saved ones, and model files a learner picks.
 * Saving and loading them with tfjs is modelStore.ts (worker side).
 */

/** Prefix of the worker's IndexedDB paths (`indexeddb://cnn-classroom-<name>`). */
export const SAVED_PREFIX = 'cnn-classroom-';

/** The tfjs URL prefix of the app's saved models. */
export const IDB_PREFIX = `indexeddb://${SAVED_PREFIX}`;

/** A name for a saved model, as the worker accepts it: letters, digits, `_` and `-`, 1 to 64 characters. */
export function isValidModelName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(name);
}

/** The tfjs URL of a saved model from its IndexedDB path (as {@link listSavedModels} gives it). */
export function savedModelUrl(path: string): string {
  return `indexeddb://${path}`;
}

/**
 * The tfjs IndexedDB paths of the models this app saved in this browser (what follows
 * `indexeddb://`, e.g. `cnn-classroom-my-lenet`: load one with `tf.loadLayersModel('indexeddb://' + path)`).
 * tfjs keeps them in the database `tensorflowjs`, object store `model_info_store`; the worker saves
 * under `cnn-classroom-<name>` ({@link appModelName} gives the name back). Listed without loading
 * tfjs. Opening never creates the database: when it does not exist yet, the upgrade is aborted
 * and the list is empty.
 */
export function listSavedModels(idb: IDBFactory | undefined = globalThis.indexedDB): Promise<string[]> {
  return new Promise((resolve) => {
    if (!idb) {
      resolve([]);
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = idb.open('tensorflowjs', 1);
    } catch {
      resolve([]);
      return;
    }
    req.onupgradeneeded = () => {
      // No database yet (or an older one): leave it for tfjs to create.
      req.transaction?.abort();
    };
    req.onerror = () => resolve([]);
    req.onblocked = () => resolve([]);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('model_info_store')) {
        db.close();
        resolve([]);
        return;
      }
      const keys = db.transaction('model_info_store', 'readonly').objectStore('model_info_store').getAllKeys();
      keys.onsuccess = () => {
        db.close();
        resolve(keys.result.map(String).filter((k) => k.startsWith(SAVED_PREFIX)).sort());
      };
      keys.onerror = () => {
        db.close();
        resolve([]);
      };
    };
  });
}

/** The name the learner gave a saved model, from its IndexedDB path: `cnn-classroom-my-lenet` → `my-lenet`. */
export function appModelName(path: string): string {
  return path.startsWith(SAVED_PREFIX) ? path.slice(SAVED_PREFIX.length) : path;
}

/** What the learner picked in the file dialog, checked before anything is sent to the worker. */
export type PickedModel =
  | { ok: true; json: string; weights: ArrayBuffer[]; jsonName: string }
  | { ok: false; reason: 'no-json' | 'many-json' | 'no-weights' | 'bad-json' | 'missing-weights'; detail?: string };

/**
 * Reads model.json and its weight files from a file input. The weights are ordered as model.json's
 * weightsManifest lists them (matched by file name); a missing one is named in `detail`.
 */
export async function readPickedFiles(files: readonly File[]): Promise<PickedModel> {
  const jsons = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const bins = files.filter((f) => !f.name.toLowerCase().endsWith('.json'));
  if (jsons.length === 0) return { ok: false, reason: 'no-json' };
  if (jsons.length > 1) return { ok: false, reason: 'many-json' };
  if (bins.length === 0) return { ok: false, reason: 'no-weights' };
  const text = await jsons[0].text();
  let paths: string[];
  try {
    const parsed = JSON.parse(text) as { modelTopology?: unknown; weightsManifest?: { paths?: unknown }[] };
    if (typeof parsed !== 'object' || parsed === null || !parsed.modelTopology || !Array.isArray(parsed.weightsManifest)) {
      return { ok: false, reason: 'bad-json' };
    }
    paths = parsed.weightsManifest.flatMap((g) => (Array.isArray(g.paths) ? g.paths.map(String) : []));
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  const byName = new Map(bins.map((f) => [f.name, f]));
  const ordered: File[] = [];
  if (paths.length === 0 || (bins.length === 1 && paths.length === 1)) {
    // One weights file: accept it whatever the download renamed it to (weights (1).bin).
    ordered.push(...bins);
  } else {
    for (const p of paths) {
      const f = byName.get(p.replace(/^.*\//, ''));
      if (!f) return { ok: false, reason: 'missing-weights', detail: p };
      ordered.push(f);
    }
  }
  const weights = await Promise.all(ordered.map((f) => f.arrayBuffer()));
  return { ok: true, json: text, weights, jsonName: jsons[0].name };
}
