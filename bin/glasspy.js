#!/usr/bin/env node
// The `glasspy` command: runs the bundled CLI (npm install builds dist/ via `prepare`;
// tools/bundle.js explains why it is one file).
//
// The bundle is compiled with V8's code cache, dist/glasspy.cjs.cache: the first run (the
// build's precompile step) writes it after running, so it holds the functions start-up
// needs already compiled; later runs skip most of the parsing and compiling.  V8 rejects a
// cache that does not match the source or this Node, and then it is simply rewritten.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createRequire, Module } from 'node:module';
import { fileURLToPath } from 'node:url';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'glasspy.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; }
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, path.dirname(file));
// The REPL's ink is an ES module with top-level await: the bundle cannot require() it, and
// import() inside a vm.Script needs an experimental loader option, so this module lends it
// its own import().
const status = bundle.exports.main(process.argv.slice(2), { importModule: (name) => import(name) });
if (typeof status === 'number') process.exitCode = status;
else status.then((code) => { process.exitCode = code; });
if (cachedData === undefined || script.cachedDataRejected) {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // A read-only installation just runs without the cache.
  }
}
