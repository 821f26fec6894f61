// The playground loads with the sample schema, and typing DDL updates what it shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, screenshot } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page renders the sample audit and re-audits typed DDL', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto(server.url);
  const editor = page.locator('#ddl-input');
  await editor.waitFor();
  assert.match(await editor.inputValue(), /CREATE TABLE dbo\.Model/);

  // The first audit runs in the worker; the summary appears when it answers.
  await page.waitForFunction(() => document.querySelector('#table-count')?.textContent === '6');
  await page.locator('#tab-tables').click();
  assert.equal(await page.locator('article.table-card').count(), 6);
  await page.locator('#tab-summary').click();

  await editor.fill('CREATE TABLE dbo.A (Id INT NOT NULL);\nGO\nCREATE TABLE dbo.B (Id INT NOT NULL);\n');
  await page.waitForFunction(() => document.querySelector('#table-count')?.textContent === '2');
  await screenshot(page, 'skeleton');
  assert.deepEqual(errors, [], 'no script errors or CSP violations');
});
