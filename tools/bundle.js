// Bundles the compiled CLI (dist/cli/main.js and the ~100 engine modules it imports) into
// one file, dist/glasspy.mjs, which bin/glasspy.js loads.  Node spends most of a cold start
// resolving, reading and compiling ESM modules one by one; a single module starts in
// roughly half the time (`glasspy -c pass` budget, DESIGN.md).  rolldown is the bundler the
// test runner (vite) already installs; it keeps ESM evaluation order, so the engine's
// module-level set-up runs exactly as from the separate files.
import * as path from 'node:path';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundle = await rolldown({ input: path.join(root, 'dist/cli/main.js'), platform: 'node', logLevel: 'warn' });
await bundle.write({ file: path.join(root, 'dist/glasspy.mjs'), format: 'esm' });
await bundle.close();
