import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

test('home #/ lists the lessons, with no console errors and no request leaving localhost', async () => {
  const s = await openPage('#/?lang=en');
  try {
    await s.page.getByTestId('lesson-list').first().waitFor();
    const items = await s.page.locator('[data-testid="lesson-list"] [data-lesson]').count();
    assert.ok(items >= 1, `expected lessons on the home page, saw ${items}`);
    assert.equal(await s.page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('lang=ko shows Korean, and the switch changes the language', async () => {
  const s = await openPage('#/?lang=ko');
  try {
    await s.page.getByText('CNN 교실').first().waitFor();
    await s.page.getByTestId('lang-switch').selectOption('en');
    await s.page.getByText('CNN Classroom').first().waitFor();
    assert.match(s.page.url(), /lang=en/);
  } finally {
    await s.close();
  }
});

test('a malformed global parameter is ignored with a message, and the page still works', async () => {
  const s = await openPage('#/?lang=xx');
  try {
    const alert = s.page.getByRole('alert').first();
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /lang=xx/);
    await s.page.getByTestId('lesson-list').first().waitFor();
  } finally {
    await s.close();
  }
});

test('an unknown route says so and links back home', async () => {
  const s = await openPage('#/nowhere?lang=en');
  try {
    await s.page.getByText('Page not found').waitFor();
    await s.page.getByText('Back to the lessons').click();
    await s.page.getByTestId('lesson-list').first().waitFor();
  } finally {
    await s.close();
  }
});
