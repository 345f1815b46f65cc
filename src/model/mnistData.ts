/**
 * Loads the app's MNIST assets (public/data/mnist/manifest.json and *.u8.gz, written by
 * scripts/build-mnist.mjs) from URLs relative to the app, with byte progress, gunzip (only when the
 * bytes are still gzip: a server may already have decoded them) and a length + SHA-256 check.
 * Failures are DataErrors whose message the page shows next to a retry button. Works in the
 * training worker and on the main thread.
 */
import { errorMessage } from '../core/errorMessage';
import { MNIST_PIXELS } from './mnistSizes';
import { sha256Hex } from './sha256';
import type { Dataset } from './trainer';
import type { DataErrorCode } from './protocol';

/** One file of the manifest. */
export interface ManifestEntry {
  file: string;
  count: number;
  /** Uncompressed length. */
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

/** manifest.json (format version 1). */
export interface MnistManifest {
  version: 1;
  files: Record<'train-images' | 'train-labels' | 'test-images' | 'test-labels', ManifestEntry>;
}

/** Which half of MNIST to load. */
export type MnistPart = 'train' | 'test';

/** A data file problem: missing (HTTP 404…), network failure, or a corrupt file. */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly file?: string;
  constructor(code: DataErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'DataError';
    this.code = code;
    this.file = file;
  }
}

/** Progress of a load: bytes received of the compressed total. */
export interface DataProgress {
  loaded: number;
  total: number;
  phase: 'manifest' | 'download' | 'verify' | 'done';
}

const FILE_KEYS = ['train-images', 'train-labels', 'test-images', 'test-labels'] as const;

/**
 * Checks manifest.json's content.
 *
 * @throws DataError 'corrupt' naming the first bad field.
 */
export function parseManifest(json: unknown): MnistManifest {
  const bad = (why: string): never => {
    throw new DataError('corrupt', `manifest.json is damaged: ${why}`, 'manifest.json');
  };
  if (typeof json !== 'object' || json === null) return bad('not a JSON object');
  const m = json as { version?: unknown; files?: Record<string, unknown> };
  if (m.version !== 1) return bad(`format version ${String(m.version)}, expected 1`);
  if (typeof m.files !== 'object' || m.files === null) return bad('no file list');
  for (const key of FILE_KEYS) {
    const e = m.files[key] as Partial<ManifestEntry> | undefined;
    if (!e) return bad(`no entry for ${key}`);
    if (typeof e.file !== 'string' || !/^[\w.-]+$/.test(e.file)) return bad(`${key} has no valid file name`);
    const perItem = key.endsWith('images') ? MNIST_PIXELS : 1;
    if (!Number.isInteger(e.count) || (e.count as number) <= 0) return bad(`${key} has no item count`);
    if (e.bytes !== (e.count as number) * perItem) return bad(`${key} lists ${String(e.bytes)} bytes for ${String(e.count)} items`);
    if (!Number.isInteger(e.gzipBytes) || (e.gzipBytes as number) <= 0) return bad(`${key} has no compressed size`);
    if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) return bad(`${key} has no SHA-256 digest`);
  }
  if ((m.files['train-images'] as ManifestEntry).count !== (m.files['train-labels'] as ManifestEntry).count
    || (m.files['test-images'] as ManifestEntry).count !== (m.files['test-labels'] as ManifestEntry).count) {
    return bad('image and label counts differ');
  }
  return json as MnistManifest;
}

/** True when bytes start with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips bytes that are gzip (DecompressionStream); returns other bytes unchanged. */
export async function gunzipIfNeeded(bytes: Uint8Array, file = 'file'): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new DataError('corrupt', `${file} is damaged: it could not be decompressed`, file);
  }
}

/**
 * Checks a decoded file against its manifest entry (length, then SHA-256).
 *
 * @throws DataError 'corrupt'.
 */
export async function verifyBytes(bytes: Uint8Array, entry: ManifestEntry): Promise<void> {
  if (bytes.length !== entry.bytes) {
    throw new DataError('corrupt', `${entry.file} is damaged: ${bytes.length} bytes instead of ${entry.bytes}`, entry.file);
  }
  const digest = await sha256Hex(bytes);
  if (digest !== entry.sha256) {
    throw new DataError('corrupt', `${entry.file} is damaged: its SHA-256 does not match the manifest`, entry.file);
  }
}

/** Minimal fetch signature (lets tests pass a fake). */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

async function get(fetchFn: FetchLike, url: string, file: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetchFn(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataError('network', `${file} could not be downloaded: ${errorMessage(e)}`, file);
  }
  if (!res.ok) {
    const code: DataErrorCode = res.status === 404 || res.status === 410 ? 'missing' : 'network';
    const what = code === 'missing' ? 'is missing on the server' : 'could not be downloaded';
    throw new DataError(code, `${file} ${what} (HTTP ${res.status}). Run \`npm run data\` when serving the app yourself.`, file);
  }
  return res;
}

/** Reads a response body, reporting bytes as they arrive. */
export async function readBody(res: Response, onBytes: (n: number) => void, file = 'file'): Promise<Uint8Array> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onBytes(buf.length);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
      onBytes(value.length);
    }
  } catch (e) {
    throw new DataError('network', `${file} stopped downloading: ${errorMessage(e)}`, file);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** The loaded parts. */
export interface MnistData {
  manifest: MnistManifest;
  train?: Dataset;
  test?: Dataset;
}

/**
 * Loads MNIST parts from `baseUrl` (the folder holding manifest.json; absolute or relative to the
 * page), with progress, decompression and integrity checks.
 *
 * @example const { test } = await loadMnist(new URL('data/mnist/', document.baseURI).href, { parts: ['test'] });
 * @throws DataError ('missing' | 'network' | 'corrupt') with a message for the learner.
 */
export async function loadMnist(
  baseUrl: string,
  options: { parts?: MnistPart[]; onProgress?: (p: DataProgress) => void; fetch?: FetchLike; signal?: AbortSignal } = {},
): Promise<MnistData> {
  const fetchFn: FetchLike = options.fetch ?? ((u, i) => fetch(u, i));
  const parts = options.parts ?? ['train', 'test'];
  const report = options.onProgress ?? (() => undefined);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  report({ loaded: 0, total: 0, phase: 'manifest' });
  const manifestRes = await get(fetchFn, new URL('manifest.json', base).href, 'manifest.json', options.signal);
  let manifestJson: unknown;
  try {
    manifestJson = await manifestRes.json();
  } catch {
    throw new DataError('corrupt', 'manifest.json is damaged: not valid JSON', 'manifest.json');
  }
  const manifest = parseManifest(manifestJson);
  const keys = FILE_KEYS.filter((k) => parts.includes(k.startsWith('train') ? 'train' : 'test'));
  const total = keys.reduce((s, k) => s + manifest.files[k].gzipBytes, 0);
  let loaded = 0;
  report({ loaded, total, phase: 'download' });
  const bytes = new Map<string, Uint8Array>();
  for (const key of keys) {
    const entry = manifest.files[key];
    const res = await get(fetchFn, new URL(entry.file, base).href, entry.file, options.signal);
    // A server that decodes gzip itself sends more bytes than gzipBytes: scale them to this file's share.
    const sent = Number(res.headers.get('content-length')) || entry.gzipBytes;
    let read = 0;
    const raw = await readBody(res, (n) => {
      read += n;
      const share = Math.min(entry.gzipBytes, Math.round((read / Math.max(sent, read)) * entry.gzipBytes));
      report({ loaded: loaded + share, total, phase: 'download' });
    }, entry.file);
    loaded += entry.gzipBytes;
    report({ loaded, total, phase: 'verify' });
    const decoded = await gunzipIfNeeded(raw, entry.file);
    await verifyBytes(decoded, entry);
    bytes.set(key, decoded);
  }
  report({ loaded: total, total, phase: 'done' });
  const out: MnistData = { manifest };
  if (parts.includes('train')) {
    out.train = { images: bytes.get('train-images') as Uint8Array, labels: bytes.get('train-labels') as Uint8Array, count: manifest.files['train-images'].count };
  }
  if (parts.includes('test')) {
    out.test = { images: bytes.get('test-images') as Uint8Array, labels: bytes.get('test-labels') as Uint8Array, count: manifest.files['test-images'].count };
  }
  for (const d of [out.train, out.test]) {
    if (d && d.labels.some((l) => l > 9)) throw new DataError('corrupt', 'a labels file is damaged: a label is not a digit 0–9');
  }
  return out;
}
