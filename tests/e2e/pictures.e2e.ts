import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BASE_URL, CHROMIUM, closeBrowser, openPage, readGrid } from './harness';
import { makeGif } from './gif';
import { makePng } from './png';

after(closeBrowser);

/** 32×32 picture of 8×8 blocks of 4×4 pixels; block (i, j) has R = 4·(8i + j), G = 255 − R, B = (3R) mod 256. */
const block = (x: number, y: number) => (Math.floor(y / 4) * 8 + Math.floor(x / 4)) * 4;
const colour = (x: number, y: number): [number, number, number] => [block(x, y), 255 - block(x, y), (block(x, y) * 3) % 256];
const PNG = makePng(32, 32, colour);
/** The documented grey of a block: round(0.299 R + 0.587 G + 0.114 B). */
const greyOf = ([r, g, b]: [number, number, number]) => Math.round(0.299 * r + 0.587 * g + 0.114 * b);
const expected = (f: (c: [number, number, number]) => number) => Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => f(colour(4 * j, 4 * i))));

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByTestId('image-upload').setInputFiles({ name, mimeType, buffer });
}

/** Uploads a good picture and waits until the page uses it (decoding runs in a worker). */
async function uploadPicture(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await upload(page, name, mimeType, buffer);
  await page.waitForFunction((n) => document.querySelector('[data-testid="picture-current"]')?.textContent?.includes(n), name);
}

test('pixels: an uploaded PNG becomes the documented grid (8×8 of its 4×4 blocks), grey and R; k/255 on hover; bad files keep it', async () => {
  const s = await openPage('#/lesson/pixels?step=5&lang=en&grid=8');
  try {
    const { page } = s;
    assert.match((await page.getByTestId('picture-privacy').textContent()) ?? '', /never leave this browser/);
    await uploadPicture(page, 'blocks.png', 'image/png', PNG);
    await page.getByTestId('grid-input').waitFor();
    assert.deepEqual(await readGrid(page, 'input'), expected(greyOf));
    await page.getByTestId('grid-channel').selectOption('r');
    await page.waitForFunction(() => location.hash.includes('channel=r'));
    assert.deepEqual(await readGrid(page, 'input'), expected((c) => c[0]));
    // hover: the inspector gives k and k/255 of the cell, for R, G and B
    await page.locator('[data-testid="grid-input"] [data-row="2"][data-col="5"]').hover();
    const k = block(20, 8);
    assert.equal(await page.getByTestId('inspect-int-0').getAttribute('data-value'), String(k));
    assert.equal(await page.getByTestId('inspect-int-1').getAttribute('data-value'), String(255 - k));
    assert.equal(Number(await page.getByTestId('inspect-float-0').getAttribute('data-value')), k / 255);
    // and from the keyboard: focus on the cell, → to the next one
    await page.mouse.move(0, 0);
    await page.locator('[data-testid="grid-input"] [data-row="2"][data-col="5"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('inspect-int-0').getAttribute('data-value'), String(block(24, 8)));
    assert.equal(Number(await page.getByTestId('inspect-float-0').getAttribute('data-value')), block(24, 8) / 255);
    // a finer grid than the picture's blocks: 16×16, every block covers 2×2 cells
    await page.getByTestId('grid-size').selectOption('16');
    const fine = await readGrid(page, 'input');
    assert.equal(fine.length, 16);
    assert.equal(fine[5][11], block(22, 10));

    const before = await readGrid(page, 'input');
    // not a picture
    await upload(page, 'notes.txt', 'text/plain', Buffer.from('not a picture'));
    const alert = page.getByTestId('picture-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await alert.getAttribute('data-code'), 'not-image');
    assert.deepEqual(await readGrid(page, 'input'), before, 'the previous picture stays');
    // a truncated PNG (a picture by its name and header, cut in the middle)
    await upload(page, 'cut.png', 'image/png', PNG.subarray(0, 60));
    await page.waitForFunction(() => document.querySelector('[data-testid="picture-error"]')?.getAttribute('data-code') === 'corrupt');
    assert.match((await alert.textContent()) ?? '', /cut\.png.*cannot be decoded/);
    assert.deepEqual(await readGrid(page, 'input'), before, 'the previous picture stays');
    // random bytes named .jpg
    await upload(page, 'noise.jpg', 'image/jpeg', Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 97) % 256)));
    await page.waitForFunction(() => document.querySelector('[data-testid="picture-error"]')?.textContent?.includes('noise.jpg'));
    assert.deepEqual(await readGrid(page, 'input'), before);
    // a good picture again clears the message
    await uploadPicture(page, 'blocks.png', 'image/png', PNG);
    await alert.waitFor({ state: 'detached' });
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('pixels: an animated GIF gives its first frame, and the page says so; a still picture after it does not', async () => {
  const s = await openPage('#/lesson/pixels?step=5&lang=en&grid=8&channel=r');
  try {
    const { page } = s;
    // 8×8, frame 1: left half red, right half green; frame 2: all blue.
    const first = Array.from({ length: 64 }, (_, i) => (i % 8 < 4 ? 0 : 1));
    const gif = makeGif(8, 8, [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]], [first, new Array(64).fill(2)]);
    await uploadPicture(page, 'blink.gif', 'image/gif', gif);
    const note = page.getByTestId('picture-first-frame');
    await note.waitFor();
    assert.equal(await note.textContent(), 'This picture is animated: its first frame is used.');
    assert.deepEqual(await readGrid(page, 'input'), Array.from({ length: 8 }, () => [255, 255, 255, 255, 0, 0, 0, 0]));
    await uploadPicture(page, 'blocks.png', 'image/png', PNG);
    assert.equal(await note.count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

async function launch(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args] });
}

test('pixels: the fake camera gives a frame; stop turns it off', async () => {
  const browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('#/lesson/pixels?step=5&lang=en&grid=12', BASE_URL).toString());
    await page.getByTestId('camera-start').click();
    await page.getByTestId('camera-capture').click({ timeout: 20_000 });
    await page.getByTestId('grid-input').waitFor();
    const grid = await readGrid(page, 'input');
    assert.equal(grid.length, 12);
    assert.ok(grid.flat().every((v) => Number.isInteger(v) && v >= 0 && v <= 255));
    assert.match((await page.getByTestId('picture-current').textContent()) ?? '', /Camera frame: \d+×\d+/);
    await page.getByTestId('camera-stop').click();
    await page.getByTestId('camera-start').waitFor();
    assert.equal(await page.evaluate(() => (document.querySelector('[data-testid="camera-video"]') as HTMLVideoElement).srcObject), null);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('pixels: a refused camera and no camera say so next to the button and keep the picture', async () => {
  const browser = await launch(['--use-fake-device-for-media-stream']);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(new URL('#/lesson/pixels?step=5&lang=en&grid=8', BASE_URL).toString());
    await uploadPicture(page, 'blocks.png', 'image/png', PNG);
    await page.getByTestId('grid-input').waitFor();
    const before = await readGrid(page, 'input');
    // the permission request is refused (no fake UI to accept it)
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.getByTestId('camera-start').click();
    const alert = page.getByTestId('camera-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await alert.getAttribute('data-code'), 'denied');
    assert.match((await alert.textContent()) ?? '', /refused/);
    assert.deepEqual(await readGrid(page, 'input'), before);
    await page.getByTestId('camera-start').waitFor();
    await context.close();
  } finally {
    await browser.close();
  }
  // a browser without any camera
  const bare = await launch([]);
  try {
    const page = await bare.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(new URL('#/lesson/pixels?step=5&lang=en', BASE_URL).toString());
    await page.getByTestId('camera-start').click();
    const alert = page.getByTestId('camera-error');
    await alert.waitFor();
    assert.ok(['none', 'denied'].includes((await alert.getAttribute('data-code')) ?? ''), 'no camera or no permission');
  } finally {
    await bare.close();
  }
});

/** Clicks pixel (row, col) of a canvas drawn at n×n. */
async function clickPixel(page: Page, testId: string, row: number, col: number, n: number) {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const box = await page.getByTestId(testId).boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + ((col + 0.5) / n) * box.width, box.y + ((row + 0.5) / n) * box.height);
}

test('kernels: the uploaded picture through the sharpen kernel; an output pixel’s arithmetic is the core’s', async () => {
  const s = await openPage('#/lesson/kernels?source=picture&res=32&lang=en');
  try {
    const { page } = s;
    await uploadPicture(page, 'blocks.png', 'image/png', PNG);
    const out = page.getByTestId('kernel-picture-output');
    await page.waitForFunction(() => document.querySelector('[data-testid="kernel-picture-output"]')?.getAttribute('data-rows') === '32');
    assert.equal(await out.getAttribute('data-cols'), '32');
    await clickPixel(page, 'kernel-picture-output', 5, 6, 32);
    const g = (x: number, y: number) => greyOf(colour(x, y));
    const expectedValue = 5 * g(6, 5) - g(6, 4) - g(6, 6) - g(5, 5) - g(7, 5);
    const sum = page.getByTestId('sum');
    await sum.waitFor();
    assert.equal(Number(await sum.getAttribute('data-value')), expectedValue);
    // a 5×5 kernel with stride 2: 16×16 output (padding 2)
    await page.getByTestId('kernel-size').selectOption('5');
    await page.getByTestId('stride').selectOption('2');
    await page.waitForFunction(() => document.querySelector('[data-testid="kernel-picture-output"]')?.getAttribute('data-rows') === '16');
    await page.waitForFunction(() => location.hash.includes('stride=2') && location.hash.includes('kernel=0,0,0,0,0;0,0,-1,0,0'));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('kernels: the fake camera live through the kernel at 128×128; a click holds the frame and shows its arithmetic', async () => {
  const browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('#/lesson/kernels?source=camera&res=128&preset=outline&lang=en', BASE_URL).toString());
    await page.getByTestId('camera-start').click();
    const fps = page.getByTestId('camera-fps');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="camera-fps"]')?.getAttribute('data-value')) > 0, undefined, { timeout: 20_000 });
    assert.equal(await page.getByTestId('kernel-picture-output').getAttribute('data-rows'), '128');
    assert.ok(Number(await fps.getAttribute('data-value')) > 0);
    await clickPixel(page, 'kernel-picture-output', 64, 64, 128);
    await page.getByTestId('camera-resume').waitFor();
    const sum = page.getByTestId('sum');
    await sum.waitFor();
    assert.ok(Number.isFinite(Number(await sum.getAttribute('data-value'))));
    await page.getByTestId('camera-resume').click();
    await fps.waitFor();
    await page.getByTestId('camera-stop').click();
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
