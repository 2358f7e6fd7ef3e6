// npm run build: type-check and compile (tsc), copy the Python library files, bundle, and
// precompile the library modules into dist/pycache.
// tsc emits JavaScript even when it reports type errors; the assets and the bundle are
// refreshed in that case too, so what runs is always the current source, and the build
// still exits non-zero so the errors are not missed.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const step = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const typecheck = step([tsc, '-p', 'tsconfig.json']);
const assets = step([path.join(root, 'tools', 'copy-assets.js')]);
const bundle = assets === 0 ? step([path.join(root, 'tools', 'bundle.js')]) : 1;
if (bundle === 0) step([path.join(root, 'tools', 'precompile.js')]);
process.exitCode = typecheck || assets || bundle;
