// The page's default training run, whole: where each epoch's wall time goes (the worker's own
// breakdown, sent with every epoch: src/model/epochTiming.ts), wall-clock epoch against the
// steady-state epoch (its training steps and batches alone), the test accuracy after each epoch and
// when, and the page's frame gaps from Start to the last epoch's results. Used by train.bench.mjs.
import { loadavg } from 'node:os';

const PARTS = ['steps', 'data', 'evaluation', 'messages', 'views', 'checkpoints', 'yield', 'other'];

export const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const pct = (x) => `${(x * 100).toFixed(2)}%`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Runs `#/train?autostart=1&lang=en<extra>` until `done` or `maxSeconds` after the first step.
 * Returns the epochs ({ seconds since the first step, accuracy, timing }) and the frame gaps.
 */
export async function defaultRun(browser, base, { extra = '', maxSeconds = 120 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(new URL(`#/train?autostart=1&lang=en${extra}`, base).href);
    // Frame gaps from the moment the page is up (the data loads, Start, the first steps, every
    // evaluation, the confusion matrix and galleries) to the end.
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__runFrames = [];
      let last = performance.now();
      const tick = (t) => { w.__runFrames.push([t, t - last]); last = t; if (!w.__runFramesStop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const firstStep = await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) >= 1 ? performance.now() : 0, undefined, { timeout: 240_000, polling: 50 });
    const t0 = await firstStep.jsonValue();
    const backend = `${await page.getByTestId('backend').textContent()}${await page.getByTestId('backend-threads').textContent().catch(() => '')}`;
    const epochs = [];
    for (;;) {
      const snap = await page.evaluate(() => ({
        t: performance.now(),
        state: document.querySelector('[data-testid="train-status"]')?.getAttribute('data-state'),
        rows: [...document.querySelectorAll('[data-testid="epoch-table"] tbody tr')].map((r) => ({ timing: r.getAttribute('data-timing'), acc: r.children[4]?.textContent })),
        alert: [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent).join(' | '),
      }));
      if (snap.alert) throw new Error(`the page says: ${snap.alert}`);
      while (epochs.length < snap.rows.length) {
        const row = snap.rows[epochs.length];
        epochs.push({ seconds: (snap.t - t0) / 1000, accuracy: Number.parseFloat(row.acc ?? '') / 100, timing: row.timing ? JSON.parse(row.timing) : null });
      }
      if (snap.state === 'done' || (snap.t - t0) / 1000 > maxSeconds) break;
      await page.waitForTimeout(100);
    }
    // Let the last epoch's views (confusion matrix, galleries) render before the frames stop.
    await page.waitForTimeout(1500);
    const frames = await page.evaluate((start) => {
      const w = /** @type {any} */ (window);
      w.__runFramesStop = true;
      return w.__runFrames.filter(([t]) => t >= start).map(([, gap]) => gap);
    }, t0);
    await page.click('[data-testid="train-stop"]').catch(() => undefined);
    const sorted = [...frames].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
    return { backend, epochs, frames: { count: sorted.length, p50: q(0.5), p99: q(0.99), max: sorted[sorted.length - 1] } };
  } finally {
    await page.close();
  }
}

/** Prints a run: the epochs' breakdown, wall ÷ steady-state, accuracies, frame gaps. */
export function printRun(label, r) {
  console.log(`\n${label} on ${r.backend} (load ${load()}):`);
  console.log(`  epoch  done at  accuracy     wall    ${PARTS.map((p) => p.padStart(11)).join('')}  steady/wall`);
  for (const [i, e] of r.epochs.entries()) {
    const t = e.timing;
    const parts = t ? PARTS.map((p) => s(t[p]).padStart(11)).join('') : ''.padStart(11 * PARTS.length);
    // Steady state: the epoch's training steps and their batches alone, nothing else.
    const ratio = t ? ((t.steps + t.data) / t.wall).toFixed(3) : '–';
    console.log(`  ${String(i + 1).padStart(5)}  ${`${e.seconds.toFixed(1)} s`.padStart(7)}  ${(Number.isNaN(e.accuracy) ? '–' : pct(e.accuracy)).padStart(8)}  ${t ? s(t.wall).padStart(8) : ''}  ${parts}  ${ratio}`);
  }
  const f = r.frames;
  console.log(`  frame gaps over the whole run: ${f.count} frames, p50 ${f.p50?.toFixed(1)} ms, p99 ${f.p99?.toFixed(1)} ms, max ${f.max?.toFixed(1)} ms`);
}

/** The accuracy the run had reached `seconds` after its first step (the last epoch done by then). */
export function accuracyAt(r, seconds) {
  const done = r.epochs.filter((e) => e.seconds <= seconds && !Number.isNaN(e.accuracy));
  return done.length ? done[done.length - 1] : null;
}
