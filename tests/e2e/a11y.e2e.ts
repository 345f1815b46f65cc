/**
 * The accessibility audit: axe-core (the npm package, injected from node_modules, no network) over
 * every route — home, every lesson (every section at 1280 px and 375 px in English, and a few steps),
 * #/train, #/draw (empty and with a test digit), #/compare (empty and with two models), the key list
 * and a link with ignored values — in English and Korean, at 1280 px, at 375 px (a phone) and in
 * presentation mode (1920×1080). Any serious or critical violation fails, named by rule, node and
 * route. One page visits everything by hash (the site loads once; the viewport changes in place), so
 * the audit stays well under a minute on an idle machine. Prints the figures per route: serious or
 * critical nodes / all nodes with a violation, summed over the states visited.
 *
 * No rule is switched off.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

interface View {
  name: string;
  viewport: { width: number; height: number };
  extra: string;
  /**
   * Per language: `sections` 'all' visits every section of every lesson at its middle step, 'one'
   * the first section's middle step; `pages` 'all' adds the
   * heavier states (a test digit on #/draw, two models on #/compare, ignored link values, the key
   * list) to the plain routes. Colours and names do not change with the language, layouts do with
   * the width: so every section is seen at 1280 px and on a phone, and every route in every view
   * and language.
   */
  langs: { lang: 'en' | 'ko'; sections: 'all' | 'one'; pages: 'all' | 'routes' }[];
}

const VIEWS: View[] = [
  {
    name: '1280', viewport: { width: 1280, height: 900 }, extra: '',
    langs: [{ lang: 'en', sections: 'all', pages: 'all' }, { lang: 'ko', sections: 'one', pages: 'routes' }],
  },
  {
    name: '375', viewport: { width: 375, height: 800 }, extra: '',
    langs: [{ lang: 'ko', sections: 'all', pages: 'all' }, { lang: 'en', sections: 'one', pages: 'routes' }],
  },
  {
    name: 'present', viewport: { width: 1920, height: 1080 }, extra: '&present=1',
    langs: [{ lang: 'en', sections: 'one', pages: 'all' }, { lang: 'ko', sections: 'one', pages: 'routes' }],
  },
];

/** Pages other than lessons, with what shows they are ready; `heavy` ones only where `pages` is 'all'. */
const PAGES: { route: string; query: string; ready: string; timeout?: number; heavy?: true }[] = [
  { route: '/', query: '', ready: '[data-testid="lesson-list"]' },
  { route: '/train', query: '', ready: '[data-testid="train-start"]' },
  { route: '/draw', query: '', ready: '[data-testid="draw-canvas"]' },
  { route: '/draw', query: 'test=7', ready: '[data-testid="prediction"][data-digit]', timeout: 60_000, heavy: true },
  { route: '/compare', query: '', ready: 'main h1' },
  { route: '/compare', query: 'a=lenet5&b=lenet5-3x3&testlimit=100', ready: '[data-testid="compare-disagree-count"]', timeout: 60_000, heavy: true },
  { route: '/lesson/conv-walk', query: 'step=999&padding=x', ready: '[data-testid="ignored-step"]', heavy: true },
  { route: '/nowhere', query: '', ready: 'main h1' },
  { route: '/lesson/nowhere', query: '', ready: '[data-testid="lesson-not-found"]' },
];

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
}

test('axe-core: every route, English and Korean, 1280 px, 375 px and presentation mode: no serious or critical violation', async () => {
  const started = Date.now();
  const s = await openPage('#/?lang=en');
  try {
    const { page } = s;
    await page.locator('[data-testid="lesson-list"]').first().waitFor();
    const lessons = await page.locator('[data-testid="lesson-list"] [data-lesson]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson') ?? ''));
    assert.ok(lessons.length >= 14, `the home page lists ${lessons.length} lessons`);

    const failures: string[] = [];
    /** route → column (view and language) → [serious or critical nodes, all nodes, states] */
    const figures = new Map<string, Map<string, [number, number, number]>>();
    const columns: string[] = [];
    let states = 0;
    const times: string[] = [];

    let last = Date.now();
    let axeMs = 0;
    const slow: [number, string][] = [];
    const check = async (column: string, route: string, hash: string) => {
      const a0 = Date.now();
      const violations = await audit(page);
      axeMs += Date.now() - a0;
      slow.push([Date.now() - last, `${column} ${hash}`]);
      last = Date.now();
      states++;
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const count = (vs: Violation[]) => vs.reduce((n, v) => n + v.targets.length, 0);
      const row = figures.get(route) ?? new Map<string, [number, number, number]>();
      figures.set(route, row);
      const cell = row.get(column) ?? [0, 0, 0];
      row.set(column, [cell[0] + count(bad), cell[1] + count(violations), cell[2] + 1]);
      for (const v of bad) {
        failures.push(`${column} ${hash}: ${v.impact} ${v.id} × ${v.targets.length} (${v.targets.slice(0, 4).join(', ')})`);
      }
    };

    for (const view of VIEWS) {
      await page.setViewportSize(view.viewport);
      for (const { lang, sections, pages } of view.langs) {
        const column = `${view.name} ${lang}`;
        columns.push(column);
        const t0 = Date.now();
        for (const p of PAGES.filter((x) => pages === 'all' || !x.heavy)) {
          const hash = `#${p.route}?${p.query ? `${p.query}&` : ''}lang=${lang}${view.extra}`;
          await go(page, hash);
          await page.locator(p.ready).first().waitFor({ timeout: p.timeout ?? 15_000 });
          await settle(page);
          await check(column, p.route + (p.query ? `?${p.query}` : ''), hash);
        }
        for (const id of lessons) {
          const route = `/lesson/${id}`;
          await go(page, `#${route}?lang=${lang}${view.extra}`);
          await page.locator(`[data-testid="lesson"][data-lesson="${id}"]`).waitFor();
          const tabs = await page.getByRole('tab').count();
          const visit = sections === 'all' ? Math.max(tabs, 1) : 1;
          for (let t = 0; t < visit; t++) {
            if (tabs) await page.getByRole('tab').nth(t).evaluate((e: HTMLElement) => e.click());
            const stepper = await page.getByTestId('step-index').count();
            const n = stepper ? Number(((await page.getByTestId('step-index').first().textContent()) ?? '1 / 1').split('/')[1]) : 1;
            if (stepper) {
              const middle = Math.floor((n - 1) / 2);
              await page.evaluate((step) => {
                const [path, query = ''] = location.hash.split('?');
                const q = new URLSearchParams(query);
                q.set('step', String(step));
                location.hash = `${path}?${q.toString()}`;
              }, middle);
              await page.waitForFunction((step) => document.querySelector('[data-testid="step-index"]')?.textContent?.startsWith(`${step + 1} /`), middle);
            }
            await settle(page);
            await check(column, route, await page.evaluate(() => location.hash));
          }
        }
        if (pages === 'routes') {
          times.push(`${column} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          continue;
        }
        // The key list (a modal dialog) over a lesson.
        await go(page, `#/lesson/conv-walk?lang=${lang}${view.extra}`);
        await page.locator('[data-testid="lesson"][data-lesson="conv-walk"]').waitFor();
        await page.keyboard.press('?');
        await page.getByTestId('keys-dialog').waitFor();
        await check(column, 'key list', await page.evaluate(() => location.hash));
        await page.keyboard.press('Escape');
        await page.getByTestId('keys-dialog').waitFor({ state: 'detached' });
        times.push(`${column} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
    }

    slow.sort((a, b) => b[0] - a[0]);
    console.log(`  slowest: ${slow.slice(0, 6).map(([ms, h]) => `${h} ${(ms / 1000).toFixed(1)} s`).join(' · ')}`);
    const width = Math.max(...[...figures.keys()].map((r) => r.length));
    console.log(`  axe-core: ${states} states in ${((Date.now() - started) / 1000).toFixed(1)} s, axe itself ${(axeMs / 1000).toFixed(1)} s (${times.join(', ')}); per route: serious or critical nodes / all nodes with a violation`);
    console.log(`  ${''.padEnd(width)}  ${columns.map((c) => c.padStart(10)).join(' ')}`);
    for (const [route, row] of figures) {
      console.log(`  ${route.padEnd(width)}  ${columns.map((c) => { const f = row.get(c); return (f ? `${f[0]}/${f[1]}` : '-').padStart(10); }).join(' ')}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});
