// engine/magics/options.ts against IPython's Magics.parse_options, recorded by
// tests/tools/record_magics.py (shlex splitting, getopt, UsageError texts, list modes).
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Harness } from './harness.js';
import { parseOptions, ParseOptionsConfig } from '../../engine/magics/options.js';
import { PyBaseException } from '../../engine/objects/exceptions.js';
import { exceptionName, exceptionValue } from '../../engine/session/ultratb.js';
import { svgElement } from '../../engine/magics/svg.js';

interface Case {
  arg_str: string; opt_str: string; long_opts: string[];
  kw: { mode?: 'string' | 'list'; list_all?: boolean; posix?: boolean; strict?: boolean; preserve_non_opts?: boolean };
  opts?: Record<string, string | string[]>; args?: string | string[]; error?: string;
}

const cases = (JSON.parse(fs.readFileSync(path.join(__dirname, 'expected', 'ipython_magics.json'), 'utf8')) as { parse_options: Case[] }).parse_options;

describe('parse_options matches IPython', () => {
  new Harness(); // boots the interpreter (UsageError is a Python class)
  for (const c of cases) {
    it(`${JSON.stringify(c.arg_str)} with "${c.opt_str}" ${c.long_opts.join(' ')} ${JSON.stringify(c.kw)}`, () => {
      const cfg: ParseOptionsConfig = { mode: c.kw.mode, listAll: c.kw.list_all, posix: c.kw.posix, strict: c.kw.strict, preserveNonOpts: c.kw.preserve_non_opts };
      let got: { opts?: Record<string, string | string[]>; args?: string | string[]; error?: string };
      try {
        const r = parseOptions(c.arg_str, c.opt_str, c.long_opts, cfg);
        got = { opts: Object.fromEntries(r.opts), args: c.kw.mode === 'list' ? r.argList : r.args };
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        got = { error: `${exceptionName(e)}: ${exceptionValue(e)}` };
      }
      const want = c.error !== undefined ? { error: c.error } : { opts: c.opts, args: c.args };
      expect(got).toEqual(want);
    });
  }
});

describe('%%svg keeps the <svg> element as IPython.display.SVG does (minidom toxml)', () => {
  const svg = (JSON.parse(fs.readFileSync(path.join(__dirname, 'expected', 'ipython_magics.json'), 'utf8')) as { svg: { input: string; data: string }[] }).svg;
  for (const c of svg) {
    it(JSON.stringify(c.input).slice(0, 70), () => {
      expect(svgElement(c.input)).toBe(c.data);
    });
  }
  it('text that is not well-formed XML is kept as it is', () => {
    expect(svgElement('<svg><g></svg>')).toBe('<svg><g></svg>');
    expect(svgElement('plain')).toBe('plain');
    expect(svgElement('<svg>a & b</svg>')).toBe('<svg>a & b</svg>');
  });
});
