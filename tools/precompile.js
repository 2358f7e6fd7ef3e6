// Compiles the Python modules shipped with glasspy into dist/pycache at build time, as an
// installer runs compileall over CPython's standard library: glasspy itself imports each
// module once with its compiled-module cache pointed there (engine/vm/codecache.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const lib = path.join(root, 'dist', 'engine', 'modules', 'lib');
const cache = path.join(root, 'dist', 'pycache');

/** Dotted names of every module and package under dir. */
function moduleNames(dir, prefix) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, '__init__.py'))) {
      out.push(prefix + entry.name, ...moduleNames(path.join(dir, entry.name), `${prefix}${entry.name}.`));
    } else if (entry.isFile() && entry.name.endsWith('.py') && entry.name !== '__init__.py') {
      out.push(prefix + entry.name.slice(0, -3));
    }
  }
  return out;
}

fs.rmSync(cache, { recursive: true, force: true });
const names = moduleNames(lib, '');
// A module that cannot be imported on its own is simply left to compile at run time.
const program = `for n in ${JSON.stringify(names)}:\n    try:\n        __import__(n)\n    except BaseException:\n        pass\n`;
const env = { ...process.env, GLASSPY_CACHE_DIR: cache };
delete env.PYTHONDONTWRITEBYTECODE;
const r = spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), '-c', program], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const count = fs.existsSync(cache) ? fs.readdirSync(cache).length : 0;
if (r.status !== 0) console.error(`precompile: glasspy exited with ${r.status}; ${count} modules cached`);
