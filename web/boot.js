// Starts the playground. Trunk's default loader is an inline <script>, which the page's
// Content Security Policy forbids; this file is a same-origin asset instead, so the policy
// can say `script-src 'self'` with no inline exception. Trunk.toml's pattern_script fills
// in the data-js and data-wasm attributes with the hashed file names.
const boot = document.getElementById('schema-audit-boot');
const bindings = await import(boot.dataset.js);
await bindings.default({ module_or_path: boot.dataset.wasm });
