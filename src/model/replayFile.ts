/**
 * A run's replay as one file (`<name>.replay`, saved next to model.json and weights.bin): the bytes
 * `CNNR`, a format version (uint32, little-endian), the length of a JSON header (uint32), the header
 * (the ReplayRecord with each typed array replaced by a reference into the body), zero padding to a
 * multiple of 4, then the body (the arrays' bytes, each at a multiple of 4). No tfjs.
 */
import { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE } from './mnistSizes';
import type { ReplayRecord, Snapshot } from './replay';

/** File name ending of a replay file. */
export const REPLAY_EXTENSION = '.replay';
const MAGIC = [0x43, 0x4e, 0x4e, 0x52]; // "CNNR"
const VERSION = 1;

/** A replay file a learner picked that cannot be read (the page shows `message`). */
export class ReplayFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayFileError';
  }
}

interface ArrayRef {
  $array: 'f32' | 'u8';
  offset: number;
  length: number;
}

const align4 = (n: number) => (n + 3) & ~3;

/**
 * Encodes a replay into the file's bytes.
 *
 * @example decodeReplay(encodeReplay(record)) // → a record equal to `record`
 */
export function encodeReplay(record: ReplayRecord): ArrayBuffer {
  const chunks: { offset: number; bytes: Uint8Array }[] = [];
  let size = 0;
  const header = JSON.stringify(record, (_key, value: unknown) => {
    if (value instanceof Float32Array || value instanceof Uint8Array) {
      const ref: ArrayRef = { $array: value instanceof Float32Array ? 'f32' : 'u8', offset: size, length: value.length };
      chunks.push({ offset: size, bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) });
      size = align4(size + value.byteLength);
      return ref;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
    return value;
  });
  const head = new TextEncoder().encode(header);
  const bodyStart = align4(12 + head.length);
  const out = new Uint8Array(bodyStart + size);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, head.length, true);
  out.set(head, 12);
  for (const c of chunks) out.set(c.bytes, bodyStart + c.offset);
  return out.buffer;
}

function isRef(v: unknown): v is ArrayRef {
  return typeof v === 'object' && v !== null && '$array' in v;
}

/**
 * Reads a replay file, checking it throughout.
 *
 * @throws ReplayFileError naming what is wrong (not a replay file, another version, damaged).
 */
export function decodeReplay(buffer: ArrayBuffer): ReplayRecord {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new ReplayFileError('this is not a training replay file (it does not start with CNNR)');
  const view = new DataView(buffer);
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new ReplayFileError(`this replay file has format version ${version}; this app reads version ${VERSION}`);
  const headLength = view.getUint32(8, true);
  const bodyStart = align4(12 + headLength);
  if (bodyStart > bytes.length) throw new ReplayFileError('the replay file is cut short (its header is incomplete)');
  let record: unknown;
  try {
    record = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLength)), (_key, value: unknown) => {
      if (isRef(value)) {
        const per = value.$array === 'f32' ? 4 : 1;
        const start = bodyStart + value.offset;
        if (!Number.isInteger(value.offset) || !Number.isInteger(value.length) || start + value.length * per > bytes.length) {
          throw new ReplayFileError('the replay file is cut short (an array runs past its end)');
        }
        const copy = buffer.slice(start, start + value.length * per);
        return value.$array === 'f32' ? new Float32Array(copy) : new Uint8Array(copy);
      }
      if (typeof value === 'object' && value !== null && '$number' in value) return Number((value as { $number: string }).$number);
      return value;
    });
  } catch (e) {
    if (e instanceof ReplayFileError) throw e;
    throw new ReplayFileError('the replay file is damaged (its header is not valid JSON)');
  }
  checkRecord(record);
  return record;
}

const product = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function checkSnapshot(s: Snapshot, i: number): void {
  const where = `snapshot ${i + 1}`;
  if (typeof s !== 'object' || s === null) throw new ReplayFileError(`${where} is missing`);
  if (!Number.isFinite(s.step) || !Number.isFinite(s.epoch)) throw new ReplayFileError(`${where} has no step or epoch`);
  if (!s.filters || !(s.filters.data instanceof Float32Array) || !Array.isArray(s.filters.shape) || s.filters.data.length !== product(s.filters.shape)) {
    throw new ReplayFileError(`${where}: its filters do not match their shape`);
  }
  if (!(s.probs instanceof Float32Array) || s.probs.length !== MNIST_CLASSES) throw new ReplayFileError(`${where}: it needs ${MNIST_CLASSES} probabilities`);
  if (!Array.isArray(s.layers)) throw new ReplayFileError(`${where} has no layers`);
  for (const l of s.layers) {
    if (!(l.data instanceof Uint8Array) || !Array.isArray(l.shape) || l.data.length !== product(l.shape)) {
      throw new ReplayFileError(`${where}: layer ${String(l.name)} does not match its shape`);
    }
  }
  if (s.cam && (!(s.cam.data instanceof Float32Array) || s.cam.data.length !== s.cam.H * s.cam.W)) {
    throw new ReplayFileError(`${where}: its class activation map does not match its size`);
  }
}

function checkRecord(r: unknown): asserts r is ReplayRecord {
  const rec = r as Partial<ReplayRecord> | null;
  if (typeof rec !== 'object' || rec === null || rec.version !== 1) throw new ReplayFileError('the replay file has no version 1 record');
  if (!rec.pinned || !(rec.pinned.pixels instanceof Float32Array) || rec.pinned.pixels.length !== MNIST_PIXELS) {
    throw new ReplayFileError(`the replay file has no pinned ${MNIST_SIDE}×${MNIST_SIDE} digit`);
  }
  if (!Array.isArray(rec.snapshots)) throw new ReplayFileError('the replay file has no snapshots');
  if (rec.snapshots.length === 0) throw new ReplayFileError('the replay file holds no snapshots');
  rec.snapshots.forEach(checkSnapshot);
}
