// The embedding example: load the module once, then call audit() and migrate() on every submit.
// Everything is written with textContent, so DDL can never inject markup into the page.
import init, { audit, formatVersion, migrate, rules } from './schema_audit.js';

const $ = (id) => document.getElementById(id);

function row(cells) {
  const tr = document.createElement('tr');
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = String(text);
    tr.append(td);
  }
  return tr;
}

function item(text, className) {
  const li = document.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

function show(report, millis) {
  $('tables').replaceChildren(
    ...report.tables.map((t) => row([t.name, t.score, t.grade, t.findings.length])),
  );
  const findings = report.tables.flatMap((t) =>
    t.findings.map((f) => item(`${f.severity} · ${t.name} · ${f.rule}: ${f.message}`, f.severity)),
  );
  $('findings').replaceChildren(...findings);
  const diagnostics = report.diagnostics.map((d) => item(`line ${d.span.line}: ${d.message}`));
  $('diagnostics').replaceChildren(...(diagnostics.length ? diagnostics : [item('None: every statement was understood.')]));
  $('json').textContent = JSON.stringify(report, null, 2);
  $('status').textContent =
    `${report.tables.length} tables, ${report.summary.findings.total} findings, ` +
    `average score ${report.summary.average_score} (audited in ${millis.toFixed(1)} ms).`;
}

function showMigration(migration) {
  const lossy = migration.data_loss.length;
  $('migration-summary').textContent =
    `${migration.steps.length} steps` +
    (lossy ? `; ${lossy} that can lose data are left commented out.` : '.');
  $('migration').textContent = migration.sql || '-- Nothing to change.';
}

function run(event) {
  event?.preventDefault();
  const options = { dialect: $('dialect').value, tenant_column: $('tenant').value || 'TenantId' };
  try {
    const started = performance.now();
    const report = audit($('ddl').value, options);
    show(report, performance.now() - started);
    // The report carries the same migration (report.migration); migrate() is the direct call.
    showMigration(migrate($('ddl').value, options));
  } catch (error) {
    // Only bad options throw; bad DDL gives a report with diagnostics.
    $('status').textContent = `Could not audit: ${error.message}`;
  }
}

try {
  await init();
  $('status').textContent =
    `Module loaded: ${rules().length} rules, report format ${formatVersion()}.`;
  $('run').disabled = false;
  $('form').addEventListener('submit', run);
  run();
} catch (error) {
  $('status').textContent = `The module could not load: ${error.message}`;
}
