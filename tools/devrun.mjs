// Development runner: glasspy's VM on CPython-compiled bytecode.  node tools/devrun.mjs FILE.py
import * as fs from 'node:fs';
import * as path from 'node:path';
import { frontEnd } from '../dist/engine/vm/compile.js';
import { PySyntaxError } from '../dist/engine/syntax/errors.js';
import { runMain } from '../dist/engine/vm/run.js';
import { installCPythonFrontEnd } from '../tests/tools/cpython-frontend.mjs';

installCPythonFrontEnd(frontEnd, PySyntaxError);
const args = process.argv.slice(2);
if (args[0] === '-c') {
  process.exitCode = runMain({ source: args[1], filename: '<string>', argv: ['-c', ...args.slice(2)], path0: '' });
} else {
  const file = args[0];
  process.exitCode = runMain({ source: fs.readFileSync(file, 'utf8'), filename: file, argv: args, path0: path.dirname(path.resolve(file)) });
}
