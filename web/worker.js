// Starts the audit worker (a module worker) from the page's own wasm, so the browser
// downloads one module for both. The page passes the hashed file names Trunk produced
// (see web/boot.js) in the query string; only same-origin paths are accepted.
const params = new URL(self.location.href).searchParams;
const sameOrigin = (path) => {
  const url = new URL(path ?? '', self.location.href);
  if (url.origin !== self.location.origin) throw new Error('the audit worker only loads same-origin code');
  return url.href;
};
const bindings = await import(sameOrigin(params.get('js')));
// The wasm's start function sees it is in a worker and runs the audit loop, not the page.
await bindings.default({ module_or_path: sameOrigin(params.get('wasm')) });
