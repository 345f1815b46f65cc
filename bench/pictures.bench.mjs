// Own pictures: (1) the kernel playground's live camera view at 128×128 (Chromium's fake camera,
// --use-fake-device-for-media-stream --use-fake-ui-for-media-stream): frames per second the page
// reports (camera-fps: frames grabbed, convolved by the core and painted in the last second),
// sampled for SECONDS seconds after a warm-up, for a 3×3 and a 7×7 kernel; (2) an 8000×8000 JPEG
// photo (made in the page) opened with the pixels lesson's file picker: time from the input's change
// event to its grid on screen, the decoder's own time (data-ms), and the longest gap between animation
// frames meanwhile (a frozen page would show one as long as the decode).
// Usage: npm run bench:pictures   (builds first)   or   DIST_DIR=/tmp/dist-x node bench/pictures.bench.mjs
// (ONLY=camera or ONLY=photo runs one part; SECONDS, PHOTO_SIDE change the sampling and the photo side)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECONDS = Number(process.env.SECONDS ?? 8);
const SIDE = Number(process.env.PHOTO_SIDE ?? 8000);
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` first (npm run bench:pictures does).`);
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

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

async function cameraFps(kernelSize) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}#/lesson/kernels?source=camera&res=128&preset=sharpen&lang=en`);
  if (kernelSize !== 3) await page.getByTestId('kernel-size').selectOption(String(kernelSize));
  await page.getByTestId('camera-start').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="camera-fps"]')?.getAttribute('data-value')) > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(2000); // warm-up: the window of the last second fills
  const samples = [];
  for (let i = 0; i < SECONDS * 2; i++) {
    await page.waitForTimeout(500);
    samples.push(Number(await page.getByTestId('camera-fps').getAttribute('data-value')));
  }
  const video = await page.evaluate(() => {
    const v = document.querySelector('[data-testid="camera-video"]');
    return `${v.videoWidth}×${v.videoHeight}`;
  });
  await page.close();
  return { kernelSize, median: median(samples), min: Math.min(...samples), max: Math.max(...samples), video };
}

async function bigPhoto() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}#/lesson/pixels?step=5&grid=32&lang=en`);
  await page.getByTestId('image-upload').waitFor();
  // a photo-like JPEG made in the page: gradients, discs and noise (so it does not compress to nothing)
  const b64 = await page.evaluate(async (side) => {
    const c = new OffscreenCanvas(side, side);
    const ctx = c.getContext('2d');
    const g = ctx.createLinearGradient(0, 0, side, side);
    g.addColorStop(0, '#4a7bd0');
    g.addColorStop(1, '#e8c070');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, side, side);
    for (let i = 0; i < 400; i++) {
      ctx.fillStyle = `hsl(${(i * 47) % 360} 60% ${30 + (i % 40)}%)`;
      ctx.beginPath();
      ctx.arc(((i * 7919) % side), ((i * 104729) % side), 50 + (i % 13) * 40, 0, 2 * Math.PI);
      ctx.fill();
    }
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, SIDE);
  const buffer = Buffer.from(b64, 'base64');
  await page.evaluate(() => {
    window.__gaps = [];
    window.__chosen = Infinity;
    document.addEventListener('change', () => { window.__chosen = performance.now(); }, true);
    let last = performance.now();
    const loop = (t) => {
      // only gaps that end after the file reached the page (playwright's own file transfer blocks the page before that)
      if (t > window.__chosen) window.__gaps.push(t - Math.max(last, window.__chosen));
      last = t;
      window.__raf = requestAnimationFrame(loop);
    };
    window.__raf = requestAnimationFrame(loop);
  });
  await page.getByTestId('image-upload').setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer });
  await page.waitForFunction((side) => document.querySelector('[data-testid="picture-current"]')?.textContent?.includes(`${side}×${side}`) && document.querySelector('[data-testid="grid-input"]'), SIDE, { timeout: 120_000 });
  const { decodeMs, maxGap, wall } = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
    cancelAnimationFrame(window.__raf);
    resolve({ decodeMs: Number(document.querySelector('[data-testid="picture-current"]').getAttribute('data-ms')), maxGap: Math.max(...window.__gaps), wall: Math.round(performance.now() - window.__chosen) });
  })));
  const text = await page.getByTestId('picture-current').textContent();
  await page.close();
  return { bytes: buffer.length, wall, decodeMs, maxGap, text };
}

try {
  for (const k of process.env.ONLY === 'photo' ? [] : [3, 7]) {
    const r = await cameraFps(k);
    console.log(`camera kernel view, 128×128, ${r.kernelSize}×${r.kernelSize} kernel (fake camera ${r.video}): median ${r.median} frames/s over ${SECONDS} s (min ${r.min}, max ${r.max})`);
  }
  const p = process.env.ONLY === 'camera' ? null : await bigPhoto();
  if (p) 
  console.log(`${SIDE}×${SIDE} JPEG (${(p.bytes / 1e6).toFixed(1)} MB): grid on screen ${p.wall} ms after the file reached the page; decode + scale ${p.decodeMs} ms; longest frame gap meanwhile ${p.maxGap.toFixed(0)} ms (${p.text})`);
} finally {
  await browser.close();
  stopServer();
}
