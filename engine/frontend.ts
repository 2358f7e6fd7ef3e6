// ## The front end: glasspy's own parser and compiler, installed into the VM's compile slot.
import { frontEnd } from './vm/compile.js';
import { parse } from './syntax/pyparser.js';
import { compile } from './compiler/compile.js';

export function installFrontEnd(): void {
  frontEnd.parse = parse;
  frontEnd.compile = compile;
}
