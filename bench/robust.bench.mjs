// Augmentation and robustness benchmark in headless Chromium (playwright-core, /usr/bin/chromium) on
// the built site (vite preview). Prints figures; not a test.
//
//  1. Speed: LeNet-5 training rate (images/s) on the page with and without augment=shift,rotate,
//     scale,thickness, two pages trained in turn (the other paused), windows of 8 s, 6 rounds each;
//     the figure is median(augmented) / median(plain).
//  2. Accuracy: LeNet-5 trained for 60 s (the page's defaults, backend=auto) with no augmentation,
//     augment=shift and augment=shift,rotate,scale,thickness; then stopped and tested on the 25
//     robustness sets of all 10,000 test images (robust-accuracy-<set>).
//
// Usage: npm run bench:robust (builds first)   node bench/robust.bench.mjs [--only=speed|accuracy]
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length);
const ALL = 'shift,rotate,scale,thickness';
const BATCH = 64;

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/ has no build: run `npm run build` first.');
  process.exit(1);
}

async function counters(page) {
  return page.evaluate(() => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const bpe = Number((q('batch')?.textContent ?? '').split('/')[1]);
    return {
      state: q('train-status')?.getAttribute('data-state') ?? '',
      epoch: Number(q('epoch')?.getAttribute('data-value') ?? NaN),
      batch: Number(q('batch')?.getAttribute('data-value') ?? NaN),
      bpe,
      accuracy: q('test-accuracy')?.getAttribute('data-value') ?? null,
      backend: q('backend')?.textContent ?? '',
      alert: [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent).join(' | '),
      t: performance.now(),
    };
  });
}

async function waitFor(page, pred, timeoutMs, what) {
  const t0 = Date.now();
  for (;;) {
    const c = await counters(page);
    if (pred(c)) return c;
    if (c.alert) throw new Error(`${what}: the page says: ${c.alert}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: timed out (${JSON.stringify(c)})`);
    await page.waitForTimeout(100);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seen = (c) => ((c.epoch - 1) * c.bpe + c.batch) * BATCH;
const pct = (x) => `${(x * 100).toFixed(2)}%`;

async function speed(browser, base) {
  const open = async (augment) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL(`#/train?autostart=1&model=lenet5&backend=wasm&batch=${BATCH}&epochs=50&testlimit=500&lang=en${augment ? `&augment=${augment}` : ''}`, base).href);
    await waitFor(page, (c) => c.batch >= 3 && c.epoch === 1, 180_000, `warm-up ${augment || 'plain'}`);
    await page.click('[data-testid="train-pause"]');
    await waitFor(page, (c) => c.state === 'paused', 60_000, 'pause');
    return page;
  };
  const pages = { plain: await open(''), augmented: await open(ALL) };
  const rates = { plain: [], augmented: [] };
  for (let round = 0; round < 6; round++) {
    for (const key of round % 2 ? ['augmented', 'plain'] : ['plain', 'augmented']) {
      const page = pages[key];
      await page.click('[data-testid="train-pause"]');
      await waitFor(page, (c) => c.state === 'training', 60_000, 'resume');
      await page.waitForTimeout(1000);
      const a = await counters(page);
      await page.waitForTimeout(8000);
      const b = await counters(page);
      rates[key].push(((seen(b) - seen(a)) * 1000) / (b.t - a.t));
      await page.click('[data-testid="train-pause"]');
      await waitFor(page, (c) => c.state === 'paused', 60_000, 'pause');
    }
  }
  for (const p of Object.values(pages)) await p.close();
  const mp = median(rates.plain);
  const ma = median(rates.augmented);
  console.log('Training speed, LeNet-5, wasm, batch 64 (images/s, 8 s windows, pages trained in turn):');
  console.log(`  plain:                       ${rates.plain.map((r) => r.toFixed(0)).join(', ')} → median ${mp.toFixed(0)}`);
  console.log(`  augment=${ALL}: ${rates.augmented.map((r) => r.toFixed(0)).join(', ')} → median ${ma.toFixed(0)}`);
  console.log(`  augmented / plain rate: ${(ma / mp).toFixed(3)}`);
  // slowdown as the issue means it: how much longer the same training takes (time ratio − 1)
  const slowdown = (mp / ma - 1) * 100;
  console.log(`  augmentation slowdown (page): ${slowdown.toFixed(1)}% (limit 15%: ${slowdown <= 15 ? 'met' : 'NOT met'}); load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
}

async function trained60s(browser, base, augment) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    // The recipe of the lesson's measured table (LeNet-5's default until the one-cycle recipe): 4 epochs
    // of 64 at 0.002 × 0.55 per epoch, no label smoothing, so that 60 s of it stay comparable.
    await page.goto(new URL(`#/train?autostart=1&model=lenet5&backend=auto&epochs=4&lr=0.002&decay=0.55&smoothing=0&lang=en${augment ? `&augment=${augment}` : ''}`, base).href);
    const start = await waitFor(page, (c) => c.batch >= 1, 180_000, '60 s run');
    let c = start;
    while ((c.t - start.t) / 1000 < 60 && c.state !== 'done') {
      await page.waitForTimeout(200);
      c = await counters(page);
    }
    const images = seen(c);
    if (c.state !== 'done') {
      await page.click('[data-testid="train-stop"]');
      await waitFor(page, (x) => x.state === 'stopped' || x.state === 'done', 120_000, 'stop');
    }
    await page.selectOption('[data-testid="robust-count"]', '10000');
    await page.click('[data-testid="robust-run"]');
    await page.locator('[data-testid="robust-summary"]').waitFor({ timeout: 900_000 });
    const acc = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid^="robust-accuracy-"]')]
      .map((e) => [e.getAttribute('data-testid').slice('robust-accuracy-'.length), Number(e.getAttribute('data-value'))])));
    const measured = await page.locator('[data-testid="robust-measured"]').innerText();
    return { backend: start.backend, images, acc, measured };
  } finally {
    await page.close();
  }
}

async function accuracy(browser, base) {
  const runs = [];
  for (const augment of ['', 'shift', ALL]) {
    const r = await trained60s(browser, base, augment);
    runs.push({ augment: augment || 'none', ...r });
    console.log(`LeNet-5, 60 s on ${r.backend}, augment=${augment || 'none'}: ${r.images.toLocaleString('en-US')} training images seen; ${r.measured}`);
  }
  const ids = Object.keys(runs[0].acc);
  console.log(`\nTest accuracy on the 10,000 test images, plain and transformed:\n${'set'.padEnd(16)}${runs.map((r) => r.augment.padStart(30)).join('')}`);
  for (const id of ids) console.log(`${id.padEnd(16)}${runs.map((r) => pct(r.acc[id]).padStart(30)).join('')}`);
  const mean = (r, d) => ['right', 'left', 'down', 'up'].reduce((s, dir) => s + r.acc[`shift-${dir}-${d}`], 0) / 4;
  for (const d of [1, 2, 3, 4]) console.log(`${`shift ${d} px mean`.padEnd(16)}${runs.map((r) => pct(mean(r, d)).padStart(30)).join('')}`);
  console.log(`\nJSON ${JSON.stringify(runs.map((r) => ({ augment: r.augment, backend: r.backend, images: r.images, acc: r.acc })))}`);
}

async function main() {
  const server = await preview({ root, logLevel: 'error', preview: { port: 4199, host: '127.0.0.1', strictPort: false } });
  const base = server.resolvedUrls.local[0];
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });
  console.log(`site ${base}; Chromium ${chromiumPath}; ${new Date().toISOString()}\n`);
  try {
    if (only === '' || only === 'speed') await speed(browser, base);
    if (only === '' || only === 'accuracy') await accuracy(browser, base);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
