/** Bytes as the page shows them: 9.6 MB (decimal units, like the browser's download list). */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)} kB`;
  return `${n} B`;
}

/**
 * A learning rate with two significant digits: 0.0029, 0.00006; below 0.00001 in e-notation (6e-7).
 *
 * @example formatRate(0.0029133) // → '0.0029'
 */
export function formatRate(lr: number): string {
  if (!Number.isFinite(lr)) return '–';
  if (lr !== 0 && Math.abs(lr) < 1e-5) return lr.toExponential(0);
  return String(Number(lr.toPrecision(2)));
}

/** Seconds as `1:05:09`, `4:07` or `0:09`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/**
 * Training images still to go in a run, from the progress the worker reports: the rest of this
 * epoch and every later one (the test evaluations after each epoch are not counted).
 *
 * @example imagesLeft({ epoch: 1, epochs: 2, batch: 1, batchesPerEpoch: 4, imagesPerEpoch: 400, seen: 100 }) // → 700
 */
export function imagesLeft(p: { epoch: number; epochs: number; batch: number; batchesPerEpoch: number; imagesPerEpoch: number }): number {
  if (p.batchesPerEpoch <= 0) return p.epochs * p.imagesPerEpoch;
  const doneThisEpoch = Math.min(p.imagesPerEpoch, Math.round((p.batch / p.batchesPerEpoch) * p.imagesPerEpoch));
  return Math.max(0, p.imagesPerEpoch - doneThisEpoch + (p.epochs - p.epoch) * p.imagesPerEpoch);
}
