// Measures the playground's goals on localhost (a benchmark, not a test):
//   node tests/e2e/bench.mjs
// - load: navigation start to the first audited report (time to interactive);
// - audit: a 50-table schema, from the input event to the updated report on screen,
//   and the worker's own audit time;
// - transfer: gzip -9 sizes of the wasm, JS and CSS in dist/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launchBrowser, distDir } from './harness.mjs';

function schema(tables) {
  let out = '';
  for (let i = 0; i < tables; i++) {
    out += `CREATE TABLE dbo.Entity${i} (
    Entity${i}Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    TenantId INT NOT NULL,
    Entity${Math.max(0, i - 1)}Id BIGINT NULL,
    Name NVARCHAR(200) NOT NULL,
    Payload NVARCHAR(MAX) NULL,
    CreatedAt DATETIME NOT NULL DEFAULT GETDATE()
);
GO
`;
  }
  return out;
}

/** The keystrokes timed, as the text after the i-th key press. Both type into table 25. */
const KEYSTROKES = {
  // One more letter of a column name each time: one table's findings change.
  letter: (ddl, i) => ddl.replace('Entity24Id BIGINT NULL,\n    Name ', `Entity24Id BIGINT NULL,\n    Name${'DisplayTitleForSearch'.slice(0, i + 1)} `),
  // One more new line each time: every later table's line numbers change.
  enter: (ddl, i) => ddl.replace('Entity24Id BIGINT NULL,\n', `Entity24Id BIGINT NULL,\n${'\n'.repeat(i + 1)}`),
};

/**
 * Types into `ddl` key by key and times each keystroke, from the input event to the first
 * animation frame after the updated report is in the DOM. The first three are warm-ups: the
 * first audits run before the browser has optimized the wasm (tier-up), a one-time cost, not
 * what typing feels like.
 */
async function typing(page, ddl, keystroke) {
  const runs = [];
  for (let i = 0; i < 18; i++) {
    const text = keystroke(ddl, i);
    if (text === ddl) throw new Error('the edit did not apply');
    const run = await page.evaluate(async (text) => {
      const area = document.querySelector('#ddl-input');
      const status = document.querySelector('#audit-status');
      const t0 = performance.now();
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((done) => {
        const check = () => (/Audited in/.test(status.textContent) ? done() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return { total: performance.now() - t0, worker: Number(status.textContent.match(/(\d+) ms/)[1]) };
    }, text);
    if (i >= 3) runs.push(run);
  }
  return runs;
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    loads.push(Date.now() - t0);
    await page.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`load to first report (ms): ${loads.join(', ')}; median ${median(loads)}`);
  const ddl = schema(50);
  // Typing with each view open: the summary (the default), the table cards and the findings
  // list each redraw what a keystroke changed.
  for (const view of ['summary', 'tables', 'findings']) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => /Audited in/.test(document.querySelector('#audit-status')?.textContent ?? ''));
    await page.locator(`#tab-${view}`).click();
    for (const [key, keystroke] of Object.entries(KEYSTROKES)) {
      const runs = await typing(page, ddl, keystroke);
      console.log(`50 tables, ${view} view, ${key}: input to report on screen (ms): ${runs.map((r) => r.total.toFixed(0)).join(', ')}; median ${median(runs.map((r) => r.total)).toFixed(0)}`);
      console.log(`50 tables, ${view} view, ${key}: worker audit (ms): ${runs.map((r) => r.worker).join(', ')}; median ${median(runs.map((r) => r.worker))}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const file of await readdir(distDir)) {
  if (/\.(wasm|js|css)$/.test(file)) {
    const bytes = await readFile(join(distDir, file));
    console.log(`${file}: ${bytes.length} raw, ${gzipSync(bytes, { level: 9 }).length} gzip -9`);
  }
}
