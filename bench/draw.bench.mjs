// Drawing page latency: from the end of a stroke (pointerup) to the prediction on screen, to the
// layer activations on screen and to the class activation map, over ~30 strokes in headless
// Chromium (playwright-core). The page emits window events 'cnn:prediction', 'cnn:activations'
// and 'cnn:cam' ({ requestedAt, shownAt } in performance.now() ms) once each is in the DOM; the
// bench also notes the start of the frame that paints the prediction (requestAnimationFrame).
// Usage: npm run bench:draw   (builds first)   or   DIST_DIR=/tmp/dist-x node bench/draw.bench.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STROKES = Number(process.env.STROKES ?? 30);
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` first (npm run bench:draw does).`);
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);
const baseUrl = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break;
  } catch {
    // not up yet
  }
  if (i > 100) {
    console.error('The preview server did not start.');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

/** Strokes in 0…1 canvas units: a few digit shapes, moved and scaled so that no two are alike. */
function strokeFor(i) {
  const shapes = [
    [[0.52, 0.15], [0.5, 0.5], [0.48, 0.85]],
    [[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]],
    Array.from({ length: 25 }, (_, k) => [0.5 + 0.22 * Math.sin((2 * Math.PI * k) / 24), 0.5 - 0.33 * Math.cos((2 * Math.PI * k) / 24)]),
    [[0.3, 0.3], [0.5, 0.15], [0.7, 0.3], [0.3, 0.85], [0.75, 0.85]],
  ];
  const s = 0.7 + 0.3 * ((i * 37) % 10) / 10;
  const dx = ((i * 13) % 7) / 70 - 0.05;
  const dy = ((i * 29) % 5) / 50 - 0.04;
  return shapes[i % shapes.length].map(([x, y]) => [0.5 + (x - 0.5) * s + dx, 0.5 + (y - 0.5) * s + dy]);
}

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  const m = Math.floor(a.length / 2);
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}
function pct(xs, p) {
  const a = [...xs].sort((u, v) => u - v);
  return a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    const w = window;
    w.__bench = { events: [], up: [] };
    for (const name of ['cnn:prediction', 'cnn:activations', 'cnn:cam']) {
      window.addEventListener(name, (e) => {
        const d = e.detail;
        const rec = { name, requestedAt: d.requestedAt, shownAt: d.shownAt, modelMs: d.modelMs ?? null, paintedAt: null };
        w.__bench.events.push(rec);
        // the start of the next frame: what is in the DOM now is painted in this frame
        requestAnimationFrame((frameStart) => { rec.paintedAt = Math.max(frameStart, rec.shownAt); });
      });
    }
    window.addEventListener('pointerup', (e) => w.__bench.up.push(e.timeStamp), true);
  });
  const t0 = Date.now();
  await page.goto(`${baseUrl}#/draw?lang=en`);
  await page.getByTestId('draw-model-in-use').waitFor({ timeout: 120_000 });
  const loadMs = Date.now() - t0;
  const backend = await page.getByTestId('draw-model-in-use').textContent();
  const canvas = page.getByTestId('draw-canvas');
  const box = await canvas.boundingBox();
  const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];

  const pred = [], painted = [], acts = [], cams = [], model = [];
  for (let i = 0; i < STROKES + 3; i++) {
    await canvas.focus();
    await page.keyboard.press('Delete'); // clear
    await page.waitForTimeout(60);
    const s = strokeFor(i);
    await page.mouse.move(...at(s[0]));
    await page.mouse.down();
    for (const p of s.slice(1)) await page.mouse.move(...at(p), { steps: 3 });
    await page.mouse.up();
    const r = await page.waitForFunction(() => {
      const b = window.__bench;
      const up = b.up[b.up.length - 1];
      const find = (n) => b.events.find((e) => e.name === n && e.requestedAt === up);
      const p = find('cnn:prediction'), a = find('cnn:activations'), c = find('cnn:cam');
      return p && a && c && p.paintedAt !== null ? { up, p, a, c } : null;
    }, null, { timeout: 20_000 }).then((h) => h.jsonValue());
    if (i < 3) continue; // warm-up
    pred.push(r.p.shownAt - r.up);
    painted.push(r.p.paintedAt - r.up);
    acts.push(r.a.shownAt - r.up);
    cams.push(r.c.shownAt - r.up);
    if (r.p.modelMs !== null) model.push(r.p.modelMs);
  }
  const row = (label, xs) => console.log(`${label.padEnd(44)} median ${median(xs).toFixed(1).padStart(6)} ms   p90 ${pct(xs, 90).toFixed(1).padStart(6)} ms   min ${Math.min(...xs).toFixed(1).padStart(6)} ms`);
  console.log(`Drawing page latency, ${pred.length} strokes after 3 warm-up strokes (headless Chromium, ${backend?.trim()})`);
  console.log(`page and models loaded in ${loadMs} ms`);
  row('pointerup → prediction in the DOM', pred);
  row('pointerup → frame that paints the prediction', painted);
  row('pointerup → every layer\'s activations drawn', acts);
  row('pointerup → class activation map drawn', cams);
  row('LeNet-5 forward pass + read-back (in page)', model);
  console.log(`goal: prediction under 16 ms median → ${median(pred) < 16 ? 'met' : 'NOT met'} (${median(pred).toFixed(1)} ms)`);
  if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
  stopServer();
}
