// Migrations in the playground: the Migration view (from the input to its revised schema)
// and the Compare view (from the input to a second version), their copy and download, the
// data-loss warning, and a compare link opened elsewhere.
//
// Three tests assert the steps themselves (an ALTER of the table the audit fixes, an ADD of
// a new column, a commented-out DROP): they check the page and crates/audit/src/migrate
// together.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, screenshot } from './harness.mjs';

let server;

before(async () => {
  server = await serveDist();
});

after(async () => {
  await server?.close();
});

/** A schema with a known issue: `dbo.Invoice` has no primary key, which the revision adds. */
const SCHEMA = `CREATE TABLE dbo.Customer (
    CustomerId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Email NVARCHAR(320) NOT NULL
);
GO
CREATE TABLE dbo.Invoice (
    InvoiceId BIGINT NOT NULL,
    CustomerId INT NOT NULL,
    Total DECIMAL(12,2) NOT NULL
);
`;
const OLD = 'CREATE TABLE t (id int primary key);\n';
const NEW = 'CREATE TABLE t (id int primary key, name varchar(20));\n';

async function open(url = server.url) {
  const browser = await launchBrowser();
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.locator('#ddl-input').waitFor();
  return { browser, page, errors };
}

async function audited(page) {
  await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''), null, { timeout: 60_000 });
}

async function paste(page, ddl) {
  await page.locator('#ddl-input').fill(ddl);
  await audited(page);
}

/** Waits for the migration view to settle and returns its script, or '' when it is empty. */
async function migrationText(page) {
  await page.waitForFunction(() => !document.querySelector('#migration-pending') && !document.querySelector('.migration.stale')
    && (document.querySelector('#migration-sql') || document.querySelector('#migration-empty') || document.querySelector('#migration-error')), null, { timeout: 30_000 });
  assert.equal(await page.locator('#migration-error').count(), 0, 'the migration is computed');
  const sql = page.locator('#migration-sql');
  return (await sql.count()) ? sql.textContent() : '';
}

async function compare(page, text) {
  await page.locator('#tab-compare').click();
  await page.locator('#compare-new').fill(text);
}

test('the Migration tab sits beside the revised schema, is reached by keyboard and offers copy and download', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, SCHEMA);
    await page.locator('#tab-revised').click();
    await page.locator('#tab-revised').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-migration').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-migration').getAttribute('role'), 'tabpanel');
    const sql = await migrationText(page);
    assert.equal(await page.locator('#copy-migration').count(), 1);
    assert.equal(await page.locator('#download-migration').count(), 1);
    if (!sql) {
      assert.match(await page.locator('#migration-empty').textContent(), /needs no change to a live database/);
    }
    await screenshot(page, 'view-migration');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-compare').getAttribute('aria-selected'), 'true');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the migration of a schema with a known issue alters that table, and downloads and copies as shown', async () => {
  const { browser, page, errors } = await open();
  try {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await paste(page, SCHEMA);
    await page.locator('#tab-migration').click();
    const sql = await migrationText(page);
    assert.match(sql, /ALTER TABLE\s+(\[?dbo\]?\.)?\[?Invoice\]?/i, sql);
    // Highlighted as the editor is.
    assert.ok((await page.locator('#migration-sql .tok-kw').count()) > 0);

    const download = page.waitForEvent('download');
    await page.locator('#download-migration').click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'migration-mssql.sql');
    assert.equal(await readFile(await file.path(), 'utf8'), sql);

    await page.locator('#copy-migration').click();
    await page.locator('#toast', { hasText: 'Migration copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sql);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('compare mode starts with a helpful empty state, and the same schema twice needs no migration', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, OLD);
    await page.locator('#tab-compare').click();
    const empty = page.locator('#migration-empty');
    assert.match(await empty.textContent(), /Paste the new version/);
    assert.equal(await page.locator('#migration-error').count(), 0);
    await page.locator('#compare-from-input').click();
    assert.equal(await page.locator('#compare-new').inputValue(), OLD);
    assert.equal(await migrationText(page), '');
    assert.match(await empty.textContent(), /define the same schema/);
    await page.locator('#compare-clear').click();
    assert.match(await empty.textContent(), /Paste the new version/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('compare mode migrates OLD to NEW with an ADD of the new column', async () => {
  const { browser, page, errors } = await open();
  try {
    await page.locator('#dialect').selectOption('postgres');
    await paste(page, OLD);
    await compare(page, NEW);
    const sql = await migrationText(page);
    assert.match(sql, /ADD\s+(COLUMN\s+)?"?name"?/i, sql);
    await screenshot(page, 'view-compare');
    // The migration follows further edits of either side.
    await page.locator('#compare-new').fill(NEW.replace('name varchar(20)', 'title varchar(20)'));
    assert.match(await migrationText(page), /title/i);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a dropped column is a data-loss step, commented out until included', async () => {
  const { browser, page, errors } = await open();
  try {
    await page.locator('#dialect').selectOption('postgres');
    await paste(page, NEW);
    await compare(page, OLD);
    const guarded = await migrationText(page);
    const warning = page.locator('#data-loss-warning');
    await warning.waitFor();
    assert.match(await warning.textContent(), /name/);
    assert.match(await warning.textContent(), /--allow-data-loss/);
    assert.ok(!/^\s*ALTER TABLE[^\n]*DROP/im.test(guarded), `the drop is commented out:\n${guarded}`);
    await page.locator('#include-data-loss').check();
    await page.waitForFunction(() => /^\s*ALTER TABLE[^\n]*DROP/im.test(document.querySelector('#migration-sql')?.textContent ?? ''), null, { timeout: 30_000 });
    await screenshot(page, 'view-compare-data-loss');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a compare link opens in a fresh browser with both versions and the same migration', async () => {
  const first = await open();
  let link;
  let expected;
  try {
    await first.page.locator('#dialect').selectOption('postgres');
    await paste(first.page, OLD);
    await compare(first.page, NEW);
    expected = await migrationText(first.page);
    await first.page.locator('#copy-link').click();
    link = await first.page.evaluate(() => location.href);
    assert.match(link, /#v1\./);
  } finally {
    await first.browser.close();
  }

  const second = await open(link);
  try {
    await audited(second.page);
    assert.equal(await second.page.locator('#tab-compare').getAttribute('aria-selected'), 'true');
    assert.equal(await second.page.locator('#ddl-input').inputValue(), OLD);
    assert.equal(await second.page.locator('#compare-new').inputValue(), NEW);
    assert.equal(await migrationText(second.page), expected);
    assert.deepEqual(second.errors, []);
  } finally {
    await second.browser.close();
  }
});
