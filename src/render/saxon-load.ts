/**
 * Loads saxon-js with its HTTP client deferred. saxon-js requires axios (and with it form-data,
 * proxy agents, undici…) when it loads, for one use: reading a resource from an http(s) URL.
 * The stylesheets read nothing over the network, yet every render worker paid for loading it:
 * about a third of loading saxon-js (0.19 s against 0.12 s of CPU per thread on the 2-core
 * machine). Here saxon-js gets a stand-in for axios that requires the real one at its first
 * use, so a run that never fetches a URL never loads it, and one that does behaves as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { runInThisContext } from 'node:vm';
import type SaxonJSType from 'saxon-js';

/** The module saxon-js requires only to fetch http(s) resources. */
const DEFERRED = 'axios';

/**
 * A stand-in for the module `load` gives: every property read, call, `new` and `in` goes to the
 * module, which `load` gives on the first of them. Exported for its test.
 */
export function deferred(load: () => object): object {
  let real: object | undefined;
  const target = (): object => (real ??= load());
  return new Proxy(function deferredModule() {}, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    apply: (_, self, args) => Reflect.apply(target() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args) => Reflect.construct(target() as new (...a: unknown[]) => object, args),
  });
}

/**
 * saxon-js, compiled and run as Node's CommonJS loader runs it (the same wrapper, file name and
 * module object), except that its `require` of axios gives a deferred stand-in. Every other
 * module it requires comes from its own `require`, as before.
 */
export function loadSaxonJs(): typeof SaxonJSType {
  const file = createRequire(import.meta.url).resolve('saxon-js');
  const own = createRequire(file);
  const axios = deferred(() => own(DEFERRED) as object);
  const require = Object.assign((id: string): unknown => (id === DEFERRED ? axios : own(id)), own);
  const module = { exports: {} as object, filename: file, id: file, loaded: false };
  const body = runInThisContext(Module.wrap(readFileSync(file, 'utf8')), { filename: file }) as (this: object, ...args: unknown[]) => void;
  body.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return module.exports as typeof SaxonJSType;
}
