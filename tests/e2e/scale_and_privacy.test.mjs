// Two promises to the person: a huge schema never freezes the page, and nothing they
// paste leaves the browser (the page fetches only its own static files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, screenshot } from './harness.mjs';

let server;

before(async () => {
  server = await serveDist();
});

after(async () => {
  await server?.close();
});

/** About `bytes` of DDL: many distinct tables with keys, foreign keys and indexes. */
function bigSchema(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const table = `CREATE TABLE dbo.Table${i} (
    Table${i}Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    TenantId INT NOT NULL,
    ParentId BIGINT NULL REFERENCES dbo.Table${Math.max(0, i - 1)} (Table${Math.max(0, i - 1)}Id),
    Name NVARCHAR(200) NOT NULL,
    Payload NVARCHAR(MAX) NULL,
    Amount DECIMAL(12,2) NOT NULL DEFAULT 0,
    CreatedAt DATETIME NOT NULL DEFAULT GETDATE()
);
CREATE INDEX IX_Table${i}_Tenant ON dbo.Table${i} (TenantId, Name);
GO
`;
    parts.push(table);
    size += table.length;
  }
  return parts.join('');
}

test('a 2 MB schema keeps the page responsive and finishes', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    const ddl = bigSchema(2 * 1024 * 1024);

    // Probe the main thread: a timer every 20 ms records how late it fires.
    await page.evaluate(() => {
      window.__lateness = [];
      let last = performance.now();
      window.__probe = setInterval(() => {
        const now = performance.now();
        window.__lateness.push(now - last - 20);
        last = now;
      }, 20);
    });
    const started = Date.now();
    // Paste: one input event carrying the whole text (Playwright's fill types it in pieces).
    await page.evaluate((text) => {
      const area = document.querySelector('#ddl-input');
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, ddl);
    await page.waitForFunction(() => /Auditing/.test(document.querySelector('#audit-status')?.textContent ?? ''));

    // While the worker audits, a key press in another field must be handled promptly.
    const keyLatencies = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      await page.locator('#tenant-column').press('End');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
      keyLatencies.push(Date.now() - t0);
      await page.waitForTimeout(200);
    }
    await page.waitForFunction(
      () => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''),
      null,
      { timeout: 180_000 },
    );
    const total = Date.now() - started;
    const lateness = await page.evaluate(() => {
      clearInterval(window.__probe);
      return window.__lateness;
    });
    const worst = Math.max(...lateness);
    const tables = Number(await page.locator('#table-count').textContent());
    const status = await page.locator('#audit-status').textContent();
    console.log(`2 MB schema: ${tables} tables, ${status}, ${total} ms end to end; ` +
      `main-thread worst timer lateness ${worst.toFixed(0)} ms; key press round trips ${keyLatencies.join(', ')} ms`);
    assert.ok(tables > 1000);
    // Typing stays usable while the worker audits.
    assert.ok(Math.max(...keyLatencies) < 1000, `key presses took ${keyLatencies}`);
    await screenshot(page, 'big-schema');
  } finally {
    await browser.close();
  }
});

test('a 20 MB paste never freezes the tab and says why it is not audited', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));

    // Build the text in the page (not through the test driver) and paste it the way a
    // browser delivers a paste: a paste event carrying the clipboard's text. The probe is a
    // timer every 20 ms that records how late it fires.
    const lateness = await page.evaluate(async () => {
      const rows = [];
      let size = 0;
      for (let i = 0; size < 20 * 1024 * 1024; i++) {
        const row = `CREATE TABLE dbo.Paste${i} (Paste${i}Id INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL, Body NVARCHAR(MAX) NULL);\n`;
        rows.push(row);
        size += row.length;
      }
      const text = rows.join('');
      const late = [];
      let last = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        late.push(now - last - 20);
        last = now;
      }, 20);
      const area = document.querySelector('#ddl-input');
      area.focus();
      area.select();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      await new Promise((done) => {
        const check = () => (document.querySelector('#large-notice') ? done() : setTimeout(check, 20));
        check();
      });
      await new Promise((done) => setTimeout(done, 1500));
      clearInterval(probe);
      return late;
    });
    // Nothing was lost: the whole paste is the editor's content, shown read-only.
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    assert.match(await page.locator('#large-notice').textContent(), /20\.0 MiB/);
    assert.match(await page.locator('.diagnostics').textContent(), /DDL009.*the playground audits scripts up to 4 MiB/s);
    assert.match(await page.locator('#too-large-notice').textContent(), /^Not audited: the script is 20\.0 MiB/);
    assert.match(await page.locator('#ddl-view').textContent(), /^CREATE TABLE dbo\.Paste0 /);

    // The page still answers at once: another field takes key presses.
    const keyLatencies = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.locator('#tenant-column').press('End');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
      keyLatencies.push(Date.now() - t0);
    }
    const worst = Math.max(...lateness);
    console.log(`20 MB paste: worst timer lateness ${worst.toFixed(0)} ms; key press round trips ${keyLatencies.join(', ')} ms`);
    await screenshot(page, 'paste-20mb');
    assert.ok(worst < 1500, `the main thread was blocked for ${worst.toFixed(0)} ms`);
    assert.ok(Math.max(...keyLatencies) < 1000, `key presses took ${keyLatencies}`);

    // Clearing brings the editable textarea back.
    await page.locator('#clear-large').click();
    await page.locator('#ddl-input').waitFor();
    assert.equal(await page.locator('#ddl-input').inputValue(), '');
  } finally {
    await browser.close();
  }
});

test('the page fetches only its own static assets while a person works', async () => {
  const browser = await launchBrowser();
  const requests = [];
  browser.on('request', (r) => requests.push(r.url()));
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    await page.locator('#ddl-input').fill('CREATE TABLE dbo.A (Id INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL);\n');
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    await page.locator('#copy-link').click();
    for (const view of ['tables', 'findings', 'atomization', 'revised', 'rules', 'summary']) {
      await page.locator(`#tab-${view}`).click();
    }
    const download = page.waitForEvent('download');
    await page.locator('#download-markdown').click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'schema-audit.md');
    await page.locator('#sample-picker').selectOption('inmem-oltp');
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    await page.waitForTimeout(500);

    const origin = new URL(server.url).origin;
    const outside = requests.filter((url) => {
      if (url.startsWith('data:')) return false;
      if (url.startsWith('blob:')) return !url.startsWith(`blob:${origin}/`);
      return new URL(url).origin !== origin;
    });
    assert.deepEqual(outside, [], 'no request leaves the page origin');
    const paths = [...new Set(requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname))];
    for (const path of paths) {
      assert.match(path, /^\/(|index\.html|boot\.js|worker\.js|schema-audit-web-[0-9a-f]+(_bg\.wasm|\.js)|style-[0-9a-f]+\.css)$/, path);
    }
    console.log(`requests: ${paths.join(' ')}`);
  } finally {
    await browser.close();
  }
});
