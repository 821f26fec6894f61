// The embeddable module (crates/js) and its example page, as another tool would use them:
// served from dist/embed/, with no playground code loaded.
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

test('the example page audits with the module alone', async () => {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));

  await page.goto(`${server.url}embed/`);
  // The page audits its sample on load: one table lacks a primary key.
  await page.waitForFunction(() => document.querySelectorAll('#tables tr').length === 2);
  const rows = await page.locator('#tables tr').allTextContents();
  assert.match(rows[0], /dbo\.Document/);
  assert.match(rows[1], /dbo\.Tag/);
  assert.match(await page.locator('#findings').textContent(), /primary-key-missing/);
  // And the migration to the revised schema, in T-SQL batches.
  const migration = await page.locator('#migration').textContent();
  assert.match(migration, /^-- Migration for SQL Server/);
  assert.match(migration, /ALTER TABLE dbo\.(Document|Tag) /);
  assert.match(migration, /^GO$/m);
  assert.match(await page.locator('#migration-summary').textContent(), /^\d+ steps/);
  await screenshot(page, 'embed-example');

  // Another dialect and another schema, through the form.
  await page.locator('#ddl').fill('CREATE TABLE orders (id serial PRIMARY KEY, payload json);\nCREATE FROB x;');
  await page.locator('#dialect').selectOption('postgres');
  await page.locator('#run').click();
  await page.waitForFunction(() => document.querySelector('#tables')?.textContent.includes('orders'));
  assert.match(await page.locator('#diagnostics').textContent(), /line 2/);
  const report = JSON.parse(await page.locator('#json').textContent());
  assert.equal(report.dialect, 'postgres');
  assert.match(await page.locator('#migration').textContent(), /^-- Migration for PostgreSQL[\s\S]*\nBEGIN;/);

  // The page loaded only its own files: the module, its wasm, the example's script and style.
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  assert.ok(requests.some((u) => u.endsWith('/embed/schema_audit_bg.wasm')));
  assert.ok(!requests.some((u) => /schema-audit-web/.test(u)), 'no playground code');
  assert.deepEqual(errors, []);
});

test('the module throws clear errors for bad options and never for bad DDL', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}embed/`);
  await page.waitForFunction(() => document.querySelectorAll('#tables tr').length > 0);
  const outcome = await page.evaluate(async () => {
    const m = await import('./schema_audit.js');
    const attempt = (f) => {
      try {
        return { value: f() };
      } catch (e) {
        return { error: e.message };
      }
    };
    return {
      misspelt: attempt(() => m.audit('CREATE TABLE t (a INT);', { tenantColumn: 'OrgId' })),
      format: attempt(() => m.render('CREATE TABLE t (a INT);', 'pdf')),
      garbage: attempt(() => m.audit('))) CREATE TABLE ( \u0000 <script>', null).diagnostics.length),
      sarif: attempt(() => JSON.parse(m.render('CREATE TABLE t (a INT);', 'sarif')).version),
      parsed: attempt(() => m.parse('CREATE TABLE t (a INT);', { dialect: 'mysql' }).schema.tables[0].name.name),
    };
  });
  assert.match(outcome.misspelt.error, /invalid options: unknown field `tenantColumn`/);
  assert.match(outcome.format.error, /unknown format `pdf`/);
  assert.ok(outcome.garbage.value > 0, 'garbage gives diagnostics, not an exception');
  assert.equal(outcome.sarif.value, '2.1.0');
  assert.equal(outcome.parsed.value, 't');
});
