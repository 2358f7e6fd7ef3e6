// ## The `glasspy` command
//
// glasspy                 the REPL (a later issue; for now a clear message)
// glasspy FILE.py [ARGS]  run a file, like python3 FILE.py
// glasspy -c CODE [ARGS]  run code, like python3 -c
// glasspy --version       the glasspy version and the Python version it models
// glasspy --max-heap=SIZE ...  MemoryError past SIZE bytes of modelled heap (engine/memory/limit.ts)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMain } from '../engine/vm/run.js';
import { GLASSPY_VERSION, PYTHON_VERSION } from '../engine/version.js';
import { parseSize, setHeapLimit } from '../engine/memory/limit.js';

const USAGE = `usage: glasspy [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
--max-heap=SIZE : MemoryError past SIZE bytes of modelled heap (e.g. 512M, 4G; default 4G,
         or GLASSPY_MAX_HEAP)
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
`;

export function main(argv: string[]): number {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--version' || a === '-V') {
      process.stdout.write(`Python ${PYTHON_VERSION} (glasspy ${GLASSPY_VERSION})\n`);
      return 0;
    }
    if (a === '-h' || a === '--help' || a === '-?') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (a === '-c') {
      if (i + 1 >= argv.length) {
        process.stderr.write('Argument expected for the -c option\n' + USAGE.split('\n')[0] + '\nTry `glasspy -h\' for more information.\n');
        return 2;
      }
      return runMain({ source: argv[i + 1], filename: '<string>', argv: ['-c', ...argv.slice(i + 2)], path0: '' });
    }
    if (a === '-u' || a === '-B' || a === '-E' || a === '-s' || a === '-S' || a === '-I') { i++; continue; }
    if (a === '--max-heap' || a.startsWith('--max-heap=')) {
      const v = a === '--max-heap' ? argv[i + 1] : a.slice('--max-heap='.length);
      const n = v === undefined ? NaN : parseSize(v);
      if (!(n > 0)) {
        process.stderr.write(`glasspy: --max-heap needs a size such as 512M or 4G, not ${v === undefined ? 'nothing' : JSON.stringify(v)}\n`);
        return 2;
      }
      setHeapLimit(n);
      i += a === '--max-heap' ? 2 : 1;
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`Unknown option: ${a}\n${USAGE.split('\n')[0]}\nTry \`glasspy -h' for more information.\n`);
      return 2;
    }
    break;
  }
  if (i >= argv.length) {
    process.stderr.write('glasspy: the interactive REPL is not available yet; run a file or use -c CODE\n');
    return 2;
  }
  const file = argv[i];
  if (file.endsWith('.ipynb')) {
    process.stderr.write('glasspy: running notebooks is not available yet\n');
    return 2;
  }
  if (file === 'kernel' || file === 'install') {
    process.stderr.write(`glasspy: '${file}' is not available yet\n`);
    return 2;
  }
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const abs = path.resolve(file);
    const [errno, msg] = err.code === 'ENOENT' ? [2, 'No such file or directory'] : err.code === 'EISDIR' ? [21, 'Is a directory'] : err.code === 'EACCES' ? [13, 'Permission denied'] : [5, err.message];
    process.stderr.write(`glasspy: can't open file '${abs}': [Errno ${errno}] ${msg}\n`);
    return 2;
  }
  // Like CPython 3.9+, the main script's file name (in tracebacks and __file__) is absolute.
  return runMain({ source, filename: path.resolve(file), argv: argv.slice(i), path0: path.dirname(path.resolve(file)) });
}
