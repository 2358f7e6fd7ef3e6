// Bundles the compiled CLI (dist/cli/main.js and the ~100 engine modules it imports) into
// one CommonJS file, dist/glasspy.cjs, which bin/glasspy.js loads.  Node spends most of a
// cold start resolving, reading and compiling ESM modules one by one: a single file starts
// in roughly half the time, and being a classic script it can also be loaded with a V8 code
// cache (bin/glasspy.js), which ES modules cannot on Node 20 (`glasspy -c pass` budget,
// DESIGN.md).  rolldown is the bundler the test runner (vite) already installs; it keeps
// the modules' evaluation order, so the engine's module-level set-up runs as from the
// separate files, and it rewrites import.meta.url to this file's URL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist/glasspy.cjs');
// zeromq is a native addon the kernel loads on demand (import()), so it stays outside.
const bundle = await rolldown({ input: path.join(root, 'dist/cli/main.js'), platform: 'node', logLevel: 'warn', external: ['zeromq', 'ink', 'react'] });
await bundle.write({ file: out, format: 'cjs' });
await bundle.close();
// A code cache made for the previous bundle would only be rejected; drop it.
fs.rmSync(`${out}.cache`, { force: true });
