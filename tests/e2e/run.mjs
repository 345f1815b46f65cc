// Runs the browser tests: serves the built site (dist/) with Vite's preview server on a free local
// port, then runs tests/e2e/*.e2e.ts with node's test runner against it, in headless Chromium.
// Usage: node tests/e2e/run.mjs [file filter...]   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
// DIST_DIR lets several builds live side by side (e.g. `vite build --outDir /tmp/dist-x`).
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` first (npm run test:e2e does).`);
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
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);

const baseUrl = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    const res = await fetch(baseUrl);
    if (res.ok) break;
  } catch {
    // not up yet
  }
  if (i > 100) {
    console.error('The preview server did not start.');
    stopServer();
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const filters = process.argv.slice(2);
const dir = join(root, 'tests', 'e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => join(dir, f));

const runner = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
});
const code = await new Promise((resolve) => runner.on('exit', (c) => resolve(c ?? 1)));
stopServer();
process.exit(code);
