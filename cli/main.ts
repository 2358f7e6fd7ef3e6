// ## The `glasspy` command
//
// glasspy                 the REPL (repl/); with stdin not a terminal, runs stdin as a program
// glasspy NOTEBOOK.ipynb  execute a notebook headlessly (cli/notebook/run.ts)
// glasspy FILE.py [ARGS]  run a file, like python3 FILE.py
// glasspy -c CODE [ARGS]  run code, like python3 -c
// glasspy --version       the glasspy version and the Python version it models
// glasspy kernel -f FILE  the Jupyter kernel (kernel/)
// glasspy install [...]   install the Jupyter kernelspec (kernelspec/install.ts)
// glasspy --max-heap=SIZE ...  MemoryError past SIZE bytes of modelled heap (engine/memory/limit.ts)
// glasspy --refleak[=N] FILE   run FILE N times in one interpreter and check for leaks (engine/vm/refleak.ts)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMain, RunOptions } from '../engine/vm/run.js';
import { runRefleak } from '../engine/vm/refleak.js';
import { GLASSPY_VERSION, PYTHON_VERSION } from '../engine/version.js';
import { runKernel } from '../kernel/kernel.js';
import { installMain } from '../kernelspec/install.js';
import { runRepl } from '../repl/main.js';
import { runNotebook, parseNotebookArgs, NOTEBOOK_USAGE } from './notebook/run.js';

const KERNEL_USAGE = 'usage: glasspy kernel -f CONNECTION_FILE\n';

function kernelMain(args: string[]): number {
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') { process.stdout.write(KERNEL_USAGE); return 0; }
    if (a === '-f' && i + 1 < args.length) file = args[++i];
    else if (a.startsWith('--f=')) file = a.slice(4);
    else { process.stderr.write(`${KERNEL_USAGE}glasspy kernel: unexpected argument ${a}\n`); return 2; }
  }
  if (file === null) { process.stderr.write(`${KERNEL_USAGE}glasspy kernel: the connection file (-f) is required\n`); return 2; }
  // The sockets keep the process alive; runKernel exits it on shutdown_request.
  runKernel(file).catch((e: Error) => {
    process.stderr.write(`glasspy kernel: ${e.message}\n`);
    process.exit(1);
  });
  return 0;
}
import { parseSize, setHeapLimit } from '../engine/memory/limit.js';

const USAGE = `usage: glasspy [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script (the REPL, on a terminal)
-V     : print the Python version number and exit (also --version)
--no-status  : REPL without the status bar
--no-history : REPL without reading or writing the history file
--max-heap=SIZE : MemoryError past SIZE bytes of modelled heap (e.g. 512M, 4G; default 4G,
         or GLASSPY_MAX_HEAP)
--refleak[=N] : run the program N times (default 4, the first a warm-up) in one interpreter
         and fail (status 1) if allocated blocks or the total reference count grow
         every run, as regrtest -R does; --refleak=N --each FILE... checks several
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]

glasspy NOTEBOOK.ipynb [-o OUT.ipynb | --inplace] [--allow-errors] [--timeout S] [--quiet]
glasspy kernel -f CONNECTION_FILE    the Jupyter kernel
glasspy install [--user | --sys-prefix | --prefix DIR]    install the Jupyter kernelspec
`;

/** The exit status; a promise for the modes that keep running (REPL, notebooks). */
export interface Launcher {
  /** import() from an ES module: how the bundle loads ES-only packages (ink). */
  importModule(name: string): Promise<unknown>;
}

export function main(argv: string[], launcher: Launcher = { importModule: (name) => import(name) }): number | Promise<number> {
  let i = 0;
  const repl = { statusBar: true, history: true };
  let refleak = 0;
  /** -i: the REPL after the script (python3's "inspect interactively"). */
  let inspect = false;
  const run = (opts: RunOptions) => (refleak > 0 ? runRefleak(opts, refleak) : runMain(opts));
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
      return run({ source: argv[i + 1], filename: '<string>', argv: ['-c', ...argv.slice(i + 2)], path0: '' });
    }
    if (a === '-i') { inspect = true; i++; continue; }
    if (a === '-u' || a === '-B' || a === '-E' || a === '-s' || a === '-S' || a === '-I') { i++; continue; }
    if (a === '--no-status') { repl.statusBar = false; i++; continue; }
    if (a === '--no-history') { repl.history = false; i++; continue; }
    if (a === '--refleak' || a.startsWith('--refleak=')) {
      const n = a === '--refleak' ? 4 : Number(a.slice('--refleak='.length));
      if (!Number.isInteger(n) || n < 2) {
        process.stderr.write(`glasspy: --refleak=N needs a whole number of runs of at least 2, not ${JSON.stringify(a.slice('--refleak='.length))}\n`);
        return 2;
      }
      refleak = n;
      i++;
      continue;
    }
    if (a === '--max-heap' || a.startsWith('--max-heap=')) {
      const v = a === '--max-heap' ? argv[i + 1] : a.slice('--max-heap='.length);
      const n = v === undefined ? NaN : parseSize(v);
      if (!(n > 0)) {
        process.stderr.write(`glasspy: --max-heap needs a size such as 512M or 4G, not ${v === undefined ? 'nothing' : JSON.stringify(v)}\n`);
        return 2;
      }
      setHeapLimit(n);
      // The REPL, kernel and notebook runs boot their engine in a worker, which reads it here.
      process.env.GLASSPY_MAX_HEAP = v;
      i += a === '--max-heap' ? 2 : 1;
      continue;
    }
    if (a === '--each' && refleak > 0) return refleakEach(argv.slice(i + 1), refleak);
    if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`Unknown option: ${a}\n${USAGE.split('\n')[0]}\nTry \`glasspy -h' for more information.\n`);
      return 2;
    }
    break;
  }
  if (i >= argv.length || argv[i] === '-') {
    // As python3: a terminal gets the interactive REPL, anything else is read as a program.
    if (process.stdin.isTTY && argv[i] !== '-') return runRepl(repl, launcher.importModule);
    let source: string;
    try {
      source = fs.readFileSync(0, 'utf8');
    } catch {
      source = '';
    }
    // sys.argv is [''] for `glasspy < file`, ['-', ARGS...] for `glasspy - ARGS`.
    const args = argv[i] === '-' ? ['-', ...argv.slice(i + 1)] : [''];
    return run({ source, filename: '<stdin>', argv: args, path0: '' });
  }
  const file = argv[i];
  if (file.endsWith('.ipynb')) {
    if (argv.slice(i + 1).some((a) => a === '-h' || a === '--help')) {
      process.stdout.write(NOTEBOOK_USAGE);
      return 0;
    }
    const opts = parseNotebookArgs(file, argv.slice(i + 1));
    if (typeof opts === 'string') {
      process.stderr.write(`${NOTEBOOK_USAGE.split('\n')[0]}\nglasspy: error: ${opts}\n`);
      return 2;
    }
    return runNotebook(opts);
  }
  if (file === 'kernel') return kernelMain(argv.slice(i + 1));
  if (file === 'install') return installMain(argv.slice(i + 1));
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
  if (inspect && process.stdin.isTTY) {
    return runRepl({ ...repl, script: { source, path: path.resolve(file), argv: argv.slice(i) } }, launcher.importModule);
  }
  return run({ source, filename: path.resolve(file), argv: argv.slice(i), path0: path.dirname(path.resolve(file)) });
}

/**
 * `glasspy --refleak=N --each FILE...`: the refleak check of several programs, one after the
 * other in one interpreter (each with its own warm-up), as the test suite runs them.
 */
function refleakEach(files: string[], runs: number): number {
  let status = 0;
  for (const file of files) {
    let source: string;
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch {
      process.stderr.write(`glasspy: can't open file '${path.resolve(file)}'\n`);
      status = 2;
      continue;
    }
    const abs = path.resolve(file);
    const s = runRefleak({ source, filename: abs, argv: [file], path0: path.dirname(abs) }, runs);
    if (s !== 0) status = Math.max(status, 1);
  }
  return status;
}
