// What a person does in the playground: paste a schema, read the findings, share a link,
// open it elsewhere, reload, and survive hostile or huge input and a crashing worker.
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

const SCHEMA = `CREATE TABLE dbo.Tenant (
    TenantId INT NOT NULL PRIMARY KEY,
    Name NVARCHAR(100) NOT NULL
);
GO
CREATE TABLE dbo.Customer (
    CustomerId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    TenantId INT NOT NULL REFERENCES dbo.Tenant (TenantId),
    Email NVARCHAR(320) NOT NULL,
    CreatedAt DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);
GO
CREATE TABLE dbo.Invoice (
    InvoiceId BIGINT NOT NULL,
    CustomerId INT NOT NULL,
    Total FLOAT NULL,
    Notes NVARCHAR(MAX) NULL
);
GO
CREATE TABLE dbo.InvoiceLine (
    InvoiceLineId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    InvoiceId BIGINT NOT NULL,
    Amount DECIMAL(12,2) NOT NULL
);
`;

/** Opens the app in a fresh browser (own profile, so own localStorage). */
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

async function findingTexts(page) {
  await page.locator('#tab-findings').click();
  await page.locator('.finding').first().waitFor();
  return page.locator('.finding .finding-text').allTextContents();
}

test('a pasted multi-table schema shows scores and a known finding; every view renders', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, SCHEMA);
    assert.equal(await page.locator('#table-count').textContent(), '4');
    assert.equal(await page.locator('#tenancy-verdict').textContent(), 'Multi-tenant');
    assert.match(await page.locator('#tenancy-evidence').textContent(), /Tenant/i);
    await screenshot(page, 'view-summary');

    await page.locator('#tab-tables').click();
    assert.equal(await page.locator('article.table-card').count(), 4);
    assert.equal(await page.locator('article.table-card svg.gauge').count(), 4);
    // Every card says what the table is and why.
    assert.equal(await page.locator('article.table-card .role-pill').count(), 4);
    await screenshot(page, 'view-tables');

    const findings = await findingTexts(page);
    assert.ok(findings.some((t) => /dbo\.Invoice.*holds tenant data but has no.*TenantId/.test(t)), findings.join('\n'));
    await page.locator('#filter-severity').selectOption('critical');
    const critical = await page.locator('.finding').count();
    assert.ok(critical > 0 && critical < findings.length);
    await page.locator('#filter-severity').selectOption('');
    await screenshot(page, 'view-findings');

    // Keyboard: arrows move between tabs.
    await page.locator('#tab-findings').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-atomization').getAttribute('aria-selected'), 'true');
    await screenshot(page, 'view-atomization');
    await page.keyboard.press('ArrowRight');
    await page.locator('table.diff').waitFor();
    assert.ok((await page.locator('table.diff tr.added, table.diff tr.changed').count()) > 0);
    await screenshot(page, 'view-revised');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-migration').getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    await page.locator('#compare-new').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.rule').first().waitFor();
    await page.locator('#rule-tenant-column-missing summary').click();
    await screenshot(page, 'view-rules');

    // Gutter markers carry severity and the message on hover.
    const mark = page.locator('.marks .mark-critical').first();
    assert.match(await mark.locator('title').textContent(), /critical:/);

    // Dark theme and a narrow window.
    await page.locator('#theme-toggle').click();
    await page.locator('#theme-toggle').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.locator('#tab-summary').click();
    await screenshot(page, 'view-summary-dark');
    await page.setViewportSize({ width: 420, height: 900 });
    await screenshot(page, 'narrow');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the dialect switch gives the dialect\'s own fixes and revised schema', async () => {
  const { browser, page, errors } = await open();
  const requests = [];
  browser.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await audited(page);
    // T-SQL needs only the page's own module; PostgreSQL starts the full worker.
    assert.ok(!requests.some((p) => p.startsWith('/full/')), `no full worker for T-SQL: ${requests.join(' ')}`);
    await page.locator('#dialect').selectOption('postgres');
    await paste(page, `CREATE TABLE public.orders (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    "Customer Note" text,
    placed_on timestamp NOT NULL DEFAULT now()
);
CREATE TABLE public.order_lines (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES public.orders (id),
    quantity integer NOT NULL
);
`);
    await findingTexts(page);
    const fixes = (await page.locator('.finding .fix pre').allTextContents()).join('\n');
    assert.ok(fixes.length > 0, 'some finding has a fix');
    assert.doesNotMatch(fixes, /NVARCHAR|DATETIME2|SYSUTCDATETIME|NONCLUSTERED|\[[A-Za-z ]+\]/);
    assert.match(fixes, /CREATE INDEX \S+ ON public\.order_lines \(order_id\)/);

    await page.locator('#tab-revised').click();
    await page.locator('table.diff').waitFor();
    const revised = (await page.locator('table.diff').textContent()) ?? '';
    assert.doesNotMatch(revised, /NVARCHAR|DATETIME2|SYSUTCDATETIME|NONCLUSTERED|IDENTITY\(/);
    assert.match(revised, /"Customer Note" text/i, 'the user\'s statement is kept as written');
    assert.match(revised, /CREATE INDEX \S+ ON public\.order_lines \(order_id\);/);
    await screenshot(page, 'view-revised-postgres');
    assert.ok(requests.some((p) => /^\/full\/schema-audit-web-full-[0-9a-f]{16}_bg\.wasm$/.test(p)), `the full worker loaded: ${requests.join(' ')}`);

    // Back to T-SQL: the full worker reads it too.
    await page.locator('#dialect').selectOption('mssql');
    await paste(page, 'CREATE TABLE dbo.Orders (Id INT NOT NULL, Note NVARCHAR(MAX) NULL);\n');
    await page.locator('#tab-findings').click();
    assert.match((await findingTexts(page)).join('\n'), /primary key/i);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('each table card names its role and evidence, and the tenancy control silences tenant findings', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, `-- schema-audit: role log
CREATE TABLE dbo.Readings (ReadingId BIGINT IDENTITY PRIMARY KEY, SensorId INT NOT NULL, Value DECIMAL(9, 3) NOT NULL);
GO
CREATE TABLE dbo.sysdiagrams (name sysname NOT NULL, principal_id INT NOT NULL, diagram_id INT IDENTITY PRIMARY KEY, version INT NULL, definition VARBINARY(MAX) NULL);
GO
CREATE TABLE dbo.Invoice (InvoiceId BIGINT NOT NULL PRIMARY KEY, Total DECIMAL(12, 2) NOT NULL);
`);
    await page.locator('#tab-tables').click();
    const card = (name) => page.locator('article.table-card', { hasText: name });
    assert.equal(await card('dbo.Readings').locator('.role-pill').textContent(), 'log');
    assert.match(await card('dbo.Readings').locator('.role').textContent(), /comment on line 1/);
    assert.equal(await card('dbo.sysdiagrams').locator('.role-pill').textContent(), 'vendor');
    assert.match(await card('dbo.sysdiagrams').locator('.role').textContent(), /Management Studio/);
    assert.equal(await card('dbo.sysdiagrams').locator('.findings-mini li').count(), 0);
    await screenshot(page, 'roles');

    // One table with no tenant column is single-tenant by evidence; the control makes it multi.
    assert.equal((await findingTexts(page)).filter((t) => /tenant/i.test(t)).length, 0);
    await page.locator('#tenancy').selectOption('multi');
    await audited(page);
    await page.locator('#tab-summary').click();
    await page.waitForFunction(() => document.querySelector('#tenancy-verdict')?.textContent === 'Multi-tenant');
    assert.ok((await findingTexts(page)).some((t) => /dbo\.Invoice.*holds tenant data/.test(t)));
    await page.locator('#tenancy').selectOption('single');
    await audited(page);
    await page.locator('#tab-summary').click();
    await page.waitForFunction(() => document.querySelector('#tenancy-verdict')?.textContent === 'Single-tenant');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

/** What the report shows, view by view, as text. */
async function reportTexts(page) {
  const texts = {};
  for (const view of ['summary', 'tables', 'findings', 'atomization']) {
    await page.locator(`#tab-${view}`).click();
    await page.locator(`#panel-${view}`).waitFor();
    texts[view] = await page.locator(`#panel-${view}`).innerText();
  }
  return texts;
}

/** Puts the caret at (or selects) the first occurrence of `text` in the editor. */
async function caret(page, text, { select = false, after = false } = {}) {
  await page.evaluate(({ text, select, after }) => {
    const area = document.querySelector('#ddl-input');
    const at = area.value.indexOf(text);
    if (at < 0) throw new Error(`${text} is not in the editor`);
    area.focus();
    const start = after ? at + text.length : at;
    area.setSelectionRange(start, select ? at + text.length : start);
  }, { text, select, after });
}

test('typing updates the report to exactly what a fresh audit of the same text shows', async () => {
  // Each report after the first reaches the page as changes to the one before; this checks
  // that a chain of them ends where a fresh page does.
  const { browser, page, errors } = await open();
  let typed;
  try {
    await paste(page, SCHEMA);
    await page.locator('#tab-tables').click();
    // Keystrokes: a column renamed letter by letter, a column deleted, a table added.
    await caret(page, 'Email', { after: true });
    await page.keyboard.type('Address');
    await caret(page, ',\n    Amount DECIMAL(12,2) NOT NULL', { select: true });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('GO\nCREATE TABLE dbo.Note (NoteId INT NOT NULL PRIMARY KEY, Body NVARCHAR(MAX) NULL);\n');
    await audited(page);
    typed = await page.locator('#ddl-input').inputValue();
    assert.ok(typed.includes('EmailAddress NVARCHAR(320)') && !typed.includes('Amount') && typed.includes('dbo.Note'), typed);
    const live = await reportTexts(page);
    assert.match(live.tables, /dbo\.Note/);
    assert.match(live.tables, /EmailAddress/);
    assert.doesNotMatch(live.tables, /Amount/);
    assert.deepEqual(errors, []);

    const fresh = await open();
    try {
      await paste(fresh.page, typed);
      assert.deepEqual(await reportTexts(fresh.page), live);
    } finally {
      await fresh.browser.close();
    }
  } finally {
    await browser.close();
  }
});

test('the highlighted copy stays line for line under the textarea across highlight chunks', async () => {
  // The editor draws coloured text under a transparent textarea, in blocks of 50 lines; a
  // block boundary that added or lost a pixel would put the caret beside the wrong text.
  const { browser, page } = await open();
  try {
    const lines = Array.from({ length: 260 }, (_, i) => (i % 13 === 0 ? `CREATE TABLE dbo.T${i} (Id INT NOT NULL PRIMARY KEY);` : `-- line ${i + 1}`));
    await paste(page, lines.join('\n'));
    // Where a glyph sits in its line depends on the font; it must be the same on every line.
    let first;
    for (const line of [1, 50, 51, 100, 101, 151, 260]) {
      const offsets = await page.evaluate((line) => {
        const area = document.querySelector('#ddl-input');
        const pre = document.querySelector('pre.highlight');
        // Scroll the line into view, so its chunk is drawn in colour.
        document.querySelector('.editor-scroll').scrollTop = Math.max(0, (line - 10) * 20);
        const starts = [0];
        for (let i = 0; i < area.value.length; i++) if (area.value[i] === '\n') starts.push(i + 1);
        const want = starts[line - 1];
        // Find the text node and offset of the line's first character in the highlighted copy.
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (seen + node.data.length > want) {
            const range = document.createRange();
            range.setStart(node, want - seen);
            range.setEnd(node, want - seen + 1);
            const style = getComputedStyle(area);
            const height = parseFloat(style.lineHeight);
            // Middles are compared: a glyph's box is shorter than its line, and centred in it.
            const expected = area.getBoundingClientRect().top + parseFloat(style.paddingTop) + (line - 0.5) * height;
            const box = range.getBoundingClientRect();
            return { top: (box.top + box.bottom) / 2, expected, text: node.data.slice(want - seen, want - seen + 12) };
          }
          seen += node.data.length;
        }
        return null;
      }, line);
      assert.ok(offsets, `line ${line} is in the highlighted copy`);
      const offset = offsets.top - offsets.expected;
      first ??= offset;
      assert.ok(Math.abs(offset) < 2 && Math.abs(offset - first) < 0.25, `line ${line} (${offsets.text}): drawn at ${offsets.top}, the textarea's line at ${offsets.expected}`);
    }
    assert.equal(await page.locator('pre.highlight .chunk').count(), 6);
  } finally {
    await browser.close();
  }
});

test('a copied link opens in a fresh browser with the same findings, and a finding link highlights it', async () => {
  const first = await open();
  let link;
  let findingLink;
  let expected;
  try {
    await paste(first.page, SCHEMA);
    expected = await findingTexts(first.page);
    await first.page.locator('#copy-link').click();
    link = await first.page.evaluate(() => location.href);
    assert.match(link, /#v1\./);

    // Click the third finding: it is selected, the editor shows its line, the URL names it.
    const target = first.page.locator('.finding').nth(2);
    await target.locator('.finding-main').click();
    await first.page.waitForFunction(() => document.querySelectorAll('.finding.selected').length === 1);
    await first.page.locator('.reveal-band').waitFor();
    await first.page.waitForTimeout(500);
    findingLink = await first.page.evaluate(() => location.href);
    assert.notEqual(findingLink, link);
  } finally {
    await first.browser.close();
  }

  const second = await open(link);
  try {
    await audited(second.page);
    assert.equal(await second.page.locator('#ddl-input').inputValue(), SCHEMA);
    assert.deepEqual(await findingTexts(second.page), expected);
  } finally {
    await second.browser.close();
  }

  const third = await open(findingLink);
  try {
    await audited(third.page);
    const selected = third.page.locator('.finding.selected');
    await selected.waitFor();
    assert.equal(await selected.locator('.finding-text').textContent(), expected[2]);
    assert.ok(await selected.isVisible());
    await third.page.locator('.reveal-band').waitFor({ state: 'attached' });
    await screenshot(third.page, 'finding-link');
    assert.deepEqual(third.errors, []);
  } finally {
    await third.browser.close();
  }
});

test('reload keeps the input; a damaged link or a different link never replaces it silently', async () => {
  const { browser, page } = await open();
  try {
    const mine = 'CREATE TABLE dbo.Mine (Id INT NOT NULL PRIMARY KEY);\n';
    await paste(page, mine);
    // Saving is debounced; wait until it has happened rather than for a fixed time.
    await page.waitForFunction(() => (localStorage.getItem('schema-audit.work.v1') ?? '').includes('dbo.Mine'));
    await page.goto(server.url);
    await audited(page);
    assert.equal(await page.locator('#ddl-input').inputValue(), mine);

    await page.goto('about:blank');
    await page.goto(`${server.url}#v1.this-link-was-cut-off`);
    await page.locator('#link-error').waitFor();
    assert.equal(await page.locator('#ddl-input').inputValue(), mine);
    await screenshot(page, 'damaged-link');

    // A valid link with other DDL: shown, but saved work is kept and offered back.
    const other = await launchBrowser();
    const otherPage = await other.newPage();
    await otherPage.goto(server.url);
    await paste(otherPage, SCHEMA);
    await otherPage.locator('#copy-link').click();
    const link = await otherPage.evaluate(() => location.href);
    await other.close();

    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#link-conflict').waitFor();
    assert.equal(await page.locator('#ddl-input').inputValue(), SCHEMA);
    await page.locator('#restore-saved').click();
    assert.equal(await page.locator('#ddl-input').inputValue(), mine);
  } finally {
    await browser.close();
  }
});

test('markup in identifiers and comments renders as inert text', async () => {
  const { browser, page, errors } = await open();
  try {
    const hostile = `-- <img src=x onerror="window.__pwned=1">
CREATE TABLE [<script>window.__pwned=2</script>] (
    Id INT NOT NULL,
    [<img src=x onerror=window.__pwned=3>] NVARCHAR(MAX) NULL -- </textarea><script>window.__pwned=4</script>
);
`;
    await paste(page, hostile);
    for (const view of ['summary', 'tables', 'findings', 'atomization', 'revised', 'migration', 'compare']) {
      await page.locator(`#tab-${view}`).click();
      await page.waitForTimeout(100);
    }
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('body img').count(), 0);
    assert.equal(await page.locator('body script').count(), 0);
    assert.equal(await page.locator('#ddl-input').inputValue(), hostile);
    assert.ok((await page.locator('.highlight').textContent()).includes('<script>window.__pwned=2</script>'));
    await screenshot(page, 'hostile-input');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a crashing worker is reported, the text is kept, and the next edit audits again', async () => {
  const { browser, page } = await open(`${server.url}?fault-injection`);
  try {
    await audited(page);
    const crash = 'CREATE TABLE dbo.T (Id INT); -- SCHEMA_AUDIT_CRASH_WORKER\n';
    await page.locator('#ddl-input').fill(crash);
    await page.locator('#worker-died').waitFor();
    assert.equal(await page.locator('#ddl-input').inputValue(), crash);
    await screenshot(page, 'worker-died');
    await paste(page, SCHEMA);
    assert.equal(await page.locator('#worker-died').count(), 0);
    assert.equal(await page.locator('#table-count').textContent(), '4');
  } finally {
    await browser.close();
  }
});

test('full or disabled storage warns and never breaks the page', async () => {
  const full = await launchBrowser();
  try {
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await full.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await paste(page, SCHEMA);
    await page.locator('#storage-warning').waitFor();
    assert.match(await page.locator('#storage-warning').textContent(), /QuotaExceededError/);
    assert.equal(await page.locator('#table-count').textContent(), '4');
    assert.deepEqual(errors, []);
  } finally {
    await full.close();
  }

  const disabled = await launchBrowser();
  try {
    await disabled.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const page = await disabled.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.locator('#storage-warning').waitFor();
    await audited(page);
    await paste(page, SCHEMA);
    assert.equal(await page.locator('#table-count').textContent(), '4');
    await screenshot(page, 'storage-disabled');
    assert.deepEqual(errors, []);
  } finally {
    await disabled.close();
  }
});
