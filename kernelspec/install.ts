// ## `glasspy install`: write the kernelspec Jupyter finds
//
// Models `python -m ipykernel install`: a directory NAME holding kernel.json and the
// logos, under kernels/ of a Jupyter data directory — the user's (--user), the Python
// environment's (--sys-prefix), DIR/share/jupyter (--prefix DIR), or by default the
// system-wide /usr/local/share/jupyter.  kernel.json starts *this* installation's
// bin/glasspy.js with the absolute path of the node running now.  `jupyter kernelspec
// remove NAME` uninstalls it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PYTHON_VERSION } from '../engine/version.js';

export const DEFAULT_NAME = 'glasspy';
export const DEFAULT_DISPLAY_NAME = `Python ${PYTHON_VERSION.split('.').slice(0, 2).join('.')} (glasspy)`;

export const INSTALL_USAGE = `usage: glasspy install [-h] [--user | --sys-prefix | --prefix PREFIX] [--name NAME] [--display-name DISPLAY_NAME]

Install the glasspy kernel spec, so Jupyter (Lab, Notebook, console, nbclient, VS Code)
offers "${DEFAULT_DISPLAY_NAME}".

options:
  -h, --help            show this help message and exit
  --user                install for the current user instead of system-wide
                        (~/.local/share/jupyter/kernels, or $JUPYTER_DATA_DIR/kernels)
  --sys-prefix          install into the Python environment's prefix
                        ($VIRTUAL_ENV, $CONDA_PREFIX or python3's sys.prefix)
  --prefix PREFIX       install into PREFIX/share/jupyter/kernels
  --name NAME           the kernel spec's directory name (default: ${DEFAULT_NAME})
  --display-name DISPLAY_NAME
                        the name Jupyter shows (default: "${DEFAULT_DISPLAY_NAME}")

Uninstall with: jupyter kernelspec remove NAME
`;

/** The directory holding package.json and bin/glasspy.js of the running glasspy. */
export function installationRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'bin', 'glasspy.js'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the glasspy installation (package.json and bin/glasspy.js)');
    dir = up;
  }
}

export interface InstallOptions {
  where: 'system' | 'user' | 'sys-prefix' | 'prefix';
  prefix?: string;
  name: string;
  displayName: string;
}

/** jupyter_core.paths.jupyter_data_dir() on Linux and macOS. */
function userDataDir(): string {
  if (process.env.JUPYTER_DATA_DIR) return process.env.JUPYTER_DATA_DIR;
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Jupyter');
  const xdg = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'jupyter');
}

function sysPrefix(): string {
  const env = process.env.VIRTUAL_ENV || process.env.CONDA_PREFIX;
  if (env) return env;
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) throw new Error('--sys-prefix: no Python environment found (no $VIRTUAL_ENV or $CONDA_PREFIX, and python3 did not run)');
  return r.stdout.trim();
}

export function kernelsDir(opts: InstallOptions): string {
  switch (opts.where) {
    case 'user': return path.join(userDataDir(), 'kernels');
    case 'sys-prefix': return path.join(sysPrefix(), 'share', 'jupyter', 'kernels');
    case 'prefix': return path.join(path.resolve(opts.prefix!), 'share', 'jupyter', 'kernels');
    case 'system': return path.join('/usr/local/share/jupyter', 'kernels');
  }
}

export function kernelJson(opts: InstallOptions): Record<string, unknown> {
  const root = installationRoot();
  return {
    argv: [process.execPath, path.join(root, 'bin', 'glasspy.js'), 'kernel', '-f', '{connection_file}'],
    display_name: opts.displayName,
    language: 'python',
    interrupt_mode: 'message',
    metadata: { debugger: false },
  };
}

/** Write the kernelspec; returns its directory. */
export function installKernelSpec(opts: InstallOptions): string {
  const dest = path.join(kernelsDir(opts), opts.name);
  fs.mkdirSync(dest, { recursive: true });
  fs.writeFileSync(path.join(dest, 'kernel.json'), `${JSON.stringify(kernelJson(opts), null, 1)}\n`);
  const resources = path.join(installationRoot(), 'kernelspec', 'resources');
  for (const f of ['logo-32x32.png', 'logo-64x64.png', 'logo-svg.svg']) fs.copyFileSync(path.join(resources, f), path.join(dest, f));
  return dest;
}

/** `glasspy install ARGS`: the exit status. */
export function installMain(args: string[]): number {
  const opts: InstallOptions = { where: 'system', name: DEFAULT_NAME, displayName: DEFAULT_DISPLAY_NAME };
  const usageError = (msg: string) => {
    process.stderr.write(`${INSTALL_USAGE.split('\n\n')[0]}\nglasspy install: error: ${msg}\n`);
    return 2;
  };
  let whereSet: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    const value = () => {
      if (inline !== null) return inline;
      if (i + 1 >= args.length) return null;
      return args[++i];
    };
    const setWhere = (w: InstallOptions['where']) => {
      if (whereSet !== null && whereSet !== flag) return usageError(`argument ${flag}: not allowed with argument ${whereSet}`);
      whereSet = flag;
      opts.where = w;
      return 0;
    };
    let r = 0;
    switch (flag) {
      case '-h': case '--help': process.stdout.write(INSTALL_USAGE); return 0;
      case '--user': r = setWhere('user'); break;
      case '--sys-prefix': r = setWhere('sys-prefix'); break;
      case '--prefix': {
        r = setWhere('prefix');
        const v = value();
        if (v === null) return usageError('argument --prefix: expected one argument');
        opts.prefix = v;
        break;
      }
      case '--name': {
        const v = value();
        if (v === null) return usageError('argument --name: expected one argument');
        if (!/^[A-Za-z0-9._-]+$/.test(v)) return usageError(`invalid kernel name ${JSON.stringify(v)}: use letters, digits, '.', '_' and '-'`);
        opts.name = v;
        break;
      }
      case '--display-name': {
        const v = value();
        if (v === null) return usageError('argument --display-name: expected one argument');
        opts.displayName = v;
        break;
      }
      default: return usageError(`unrecognized arguments: ${a}`);
    }
    if (r !== 0) return r;
  }
  try {
    const dest = installKernelSpec(opts);
    process.stdout.write(`Installed kernelspec ${opts.name} in ${dest}\n`);
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const hint = err.code === 'EACCES' || err.code === 'EPERM' ? ' (try --user)' : '';
    process.stderr.write(`glasspy install: ${err.message}${hint}\n`);
    return 1;
  }
}
