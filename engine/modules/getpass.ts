// ## The getpass module
//
// Models Lib/getpass.py for glasspy's hosts: where the host shows prompts itself (the
// kernel's input_request with password=True) the answer is read there, hidden; otherwise
// as CPython without a terminal: fallback_getpass warns that input may be echoed and
// reads a line from stdin.  getuser() reads LOGNAME, USER, LNAME, USERNAME, then the
// password database.

import * as os from 'node:os';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { strString, callMethod } from '../objects/abstract.js';
import { raise, EOFError } from '../objects/exceptions.js';
import { stdio, readLine } from '../vm/stdio.js';
import { interp } from '../vm/interp.js';
import { dictGetStr } from '../objects/dict.js';
import { defineModule } from './registry.js';

function getpass_getpass(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [p, stream] = parseArgs('getpass', args, kw, { names: ['prompt', 'stream'], required: 0, posonly: 0 });
  const prompt = p === null ? 'Password: ' : strString(p);
  let line: string | null;
  if (stdio.source.prompt !== undefined) {
    line = stdio.source.prompt(prompt, true);
  } else {
    const err = stream !== null && stream !== Py_None ? stream : dictGetStr(interp.sys!.md_dict, 'stderr');
    const write = (s: string) => { if (err !== null && err !== Py_None) callMethod(err, 'write', [newStr(s)]); else stdio.sink.write(2, s); };
    write('Warning: Password input may be echoed.\n');
    write(prompt);
    if (err !== null && err !== Py_None) callMethod(err, 'flush', []);
    line = readLine();
    write('\n');
  }
  if (line === null || line === '') raise(EOFError, null);
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
}

function getpass_getuser(): PyObject {
  for (const name of ['LOGNAME', 'USER', 'LNAME', 'USERNAME']) {
    const v = process.env[name];
    if (v) return newStr(v);
  }
  return newStr(os.userInfo().username);
}

defineModule('getpass', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, 'getpass', newBuiltin('getpass', getpass_getpass, 'getpass', undefined, 'Prompt for a password, with echo turned off.'));
  dictSetStr(d, 'getuser', newBuiltin('getuser', getpass_getuser, 'getpass', undefined, 'Get the username from the environment or password database.'));
});
