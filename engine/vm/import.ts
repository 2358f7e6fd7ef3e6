// ## The import system
//
// Models the parts of importlib._bootstrap a program can observe: sys.modules first, then
// the native modules (engine/modules/*.ts), then source files found along sys.path — the
// script's directory and glasspy's own library (engine/modules/lib), which plays the role of
// CPython's Lib/.  Packages are directories with __init__.py.  Relative imports resolve
// against __package__ / __name__ like importlib's _calc___package__ and _resolve_name.

import { releaseLater } from '../memory/refcount.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictGetStr, dictSetStr, dictGetItem, dictDelItem, dictItems } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList, newList } from '../objects/list.js';
import { Py_None } from '../objects/singletons.js';
import {
  PyBaseException, newException, newExceptionArgs, ImportError, ModuleNotFoundError, raiseTypeError, raiseValueError,
  raise, KeyError, AttributeError,
} from '../objects/exceptions.js';
import { getAttr, getAttrOpt, iterableToArray, setItem, isTrue, typeName } from '../objects/abstract.js';
import { isSubtype } from '../objects/type.js';
import { nativeModules } from '../modules/registry.js';
import { interp, sysAttr } from './interp.js';
import { compileModuleSource } from './compile.js';
import { runFrame } from './eval.js';
import { Frame } from './frame.js';

/**
 * glasspy's standard library directory: dist/engine/modules/lib, found from this module's
 * location both when it runs as dist/engine/vm/import.js and from the bundle dist/glasspy.cjs.
 */
export const LIB_DIR = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.resolve(here, '../modules/lib');
  return fs.existsSync(beside) ? beside : path.resolve(here, 'engine/modules/lib');
})();

function moduleNotFound(name: string, message = `No module named '${name}'`): never {
  const e = newException(ModuleNotFoundError, message);
  e.dict = new PyDict();
  e.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  dictSetStr(e.dict, 'name', newStr(name));
  dictSetStr(e.dict, 'path', Py_None);
  throw e;
}

/** Run `code` as the body of `mod` (module-level: globals and locals are the module dict). */
export function execModuleSource(mod: PyModule, source: string, filename: string): void {
  const code = compileModuleSource(source, filename);
  const frame = new Frame(code, mod.md_dict, interp.builtins!.md_dict, mod.md_dict, null);
  runFrame(frame);
}

function searchPath(): string[] {
  const p = sysAttr('path');
  const out: string[] = [];
  if (p instanceof PyList) for (const x of p.items) if (x instanceof PyStr) out.push(x.value);
  return out;
}

/** Where the source of `name` lives along `dirs`: [file, isPackage] or null. */
function findSource(lastName: string, dirs: string[]): [string, boolean] | null {
  for (const d of dirs) {
    const base = path.join(d === '' ? '.' : d, lastName);
    const init = path.join(base, '__init__.py');
    if (fs.existsSync(init)) return [init, true];
    const file = base + '.py';
    if (fs.existsSync(file)) return [file, false];
  }
  return null;
}

/** Import one fully qualified module whose parent (if any) is already imported. */
function loadModule(fullname: string): PyObject {
  const cached = dictGetStr(interp.modules, fullname);
  if (cached !== null) return cached;
  const dot = fullname.lastIndexOf('.');
  const parentName = dot < 0 ? null : fullname.slice(0, dot);
  const last = dot < 0 ? fullname : fullname.slice(dot + 1);
  let dirs: string[];
  if (parentName !== null) {
    const parent = dictGetStr(interp.modules, parentName)!;
    const ppath = getAttrOpt(parent, '__path__');
    if (ppath === null) {
      moduleNotFound(fullname, `No module named '${fullname}'; '${parentName}' is not a package`);
    }
    dirs = iterableToArray(ppath).filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
  } else {
    const init = nativeModules.get(fullname);
    if (init !== undefined) {
      const mod = new PyModule(fullname);
      dictSetStr(interp.modules, fullname, mod);
      try {
        init(mod);
      } catch (e) {
        dictDelItem(interp.modules, newStr(fullname));
        throw e;
      }
      return mod;
    }
    dirs = searchPath();
  }
  const found = findSource(last, dirs);
  if (found === null) moduleNotFound(fullname);
  const [file, isPkg] = found;
  const mod = new PyModule(fullname);
  const d = mod.md_dict;
  dictSetStr(d, '__file__', newStr(file));
  dictSetStr(d, '__cached__', Py_None);
  if (isPkg) {
    dictSetStr(d, '__path__', newList([newStr(path.dirname(file))]));
    dictSetStr(d, '__package__', newStr(fullname));
  } else {
    dictSetStr(d, '__package__', newStr(parentName ?? ''));
  }
  dictSetStr(interp.modules, fullname, mod);
  try {
    execModuleSource(mod, fs.readFileSync(file, 'utf8'), file);
  } catch (e) {
    dictDelItem(interp.modules, newStr(fullname));
    throw e;
  }
  // The module may have replaced itself in sys.modules (a common idiom).
  const final = dictGetStr(interp.modules, fullname) ?? mod;
  if (parentName !== null) {
    const parent = dictGetStr(interp.modules, parentName)!;
    if (parent instanceof PyModule) dictSetStr(parent.md_dict, last, final);
  }
  return final;
}

/** Import `name` and its parents, returning the leaf module. */
export function importModule(name: string): PyObject {
  const parts = name.split('.');
  let mod: PyObject | null = null;
  for (let i = 1; i <= parts.length; i++) mod = loadModule(parts.slice(0, i).join('.'));
  return mod!;
}

function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = dictGetStr(globals, '__package__');
  if (pkg === null || pkg === Py_None) {
    const modname = dictGetStr(globals, '__name__');
    if (!(modname instanceof PyStr)) raise(KeyError, "'__name__' not in globals");
    pkg = dictGetStr(globals, '__path__') !== null ? modname : newStr(modname.value.split('.').slice(0, -1).join('.'));
  } else if (!(pkg instanceof PyStr)) {
    raiseTypeError('package must be a string');
  }
  const p = (pkg as PyStr).value;
  if (p === '') raise(ImportError, 'attempted relative import with no known parent package');
  const bits = p.split('.');
  if (level - 1 >= bits.length) raise(ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Models importlib.__import__: returns the top package, or the leaf when fromlist is given. */
export function importModuleLevel(name: string, globals: PyDict | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) raiseValueError('level must be >= 0');
  if (level === 0 && name === '') raiseValueError('Empty module name');
  const absName = level > 0 ? resolveName(name, globals!, level) : name;
  const mod = importModule(absName);
  const hasFrom = fromlist !== Py_None && isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name === '') {
      const top = name === '' ? absName : absName.slice(0, absName.length - name.length) + name.split('.')[0];
      return level === 0 ? dictGetStr(interp.modules, absName.split('.')[0])! : dictGetStr(interp.modules, top)!;
    }
    const cut = absName.length - name.length;
    return dictGetStr(interp.modules, absName.slice(0, cut) + name.split('.')[0])!;
  }
  // from package import submodule: import submodules named in fromlist that are not attributes.
  if (getAttrOpt(mod, '__path__') !== null) {
    for (const x of iterableToArray(fromlist)) {
      if (!(x instanceof PyStr)) raiseTypeError(`Item in ${absName}.__all__ must be str, not ${typeName(x)}`);
      if (x.value === '*') continue;
      if (getAttrOpt(mod, x.value) === null) {
        try {
          importModule(`${absName}.${x.value}`);
        } catch (e) {
          if (e instanceof PyBaseException && isSubtype(e.ob_type, ModuleNotFoundError)) { releaseLater(e); continue; }
          throw e;
        }
      }
    }
  }
  return mod;
}

/** IMPORT_FROM: the attribute, or a submodule already in sys.modules. */
export function importFromModule(mod: PyObject, name: string): PyObject {
  const v = getAttrOpt(mod, name);
  if (v !== null) return v;
  const modName = getAttrOpt(mod, '__name__');
  if (modName instanceof PyStr) {
    const sub = dictGetStr(interp.modules, `${modName.value}.${name}`);
    if (sub !== null) return sub;
  }
  const mname = modName instanceof PyStr ? modName.value : '<unknown module name>';
  const file = getAttrOpt(mod, '__file__');
  const where = file instanceof PyStr ? file.value : 'unknown location';
  const e = newException(ImportError, `cannot import name '${name}' from '${mname}' (${where})`);
  e.dict = new PyDict();
  e.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  dictSetStr(e.dict, 'name', newStr(mname));
  dictSetStr(e.dict, 'path', file ?? Py_None);
  throw e;
}

/** IMPORT_STAR: every public name (or __all__) into the current locals. */
export function importAll(frame: Frame, mod: PyObject): void {
  const locals = frame.f_locals;
  if (locals === null) raise(ImportError, 'import * only allowed at module level');
  const all = getAttrOpt(mod, '__all__');
  let names: PyObject[];
  if (all !== null) names = iterableToArray(all);
  else {
    const d = getAttr(mod, '__dict__');
    names = iterableToArray(d).filter((k) => k instanceof PyStr && !k.value.startsWith('_'));
  }
  for (const n of names) {
    if (!(n instanceof PyStr)) raiseTypeError(`Item in ${'module'}.__all__ must be str, not ${typeName(n)}`);
    setItem(locals, n, getAttr(mod, n.value));
  }
}

export { dictGetItem, dictItems, PyTuple, newExceptionArgs, AttributeError };
