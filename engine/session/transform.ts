// ## Cell input transformations (IPython.core.inputtransformer2, the parts glasspy has)
//
// `%%name args` as a cell's first line makes the whole cell a cell magic; a line
// `%name args` (or `x = %name args`) becomes a call of the line magic; a cell that is
// only `obj?` / `obj??` (or `?obj`, `%magic?`) asks for help on obj.  What runs is Python source
// calling the session's `_run_line_magic` / `_run_cell_magic` builtins — IPython's
// equivalents are `get_ipython().run_line_magic(...)`.

export type Transformed =
  | { kind: 'code'; source: string }
  | { kind: 'help'; name: string; detail: 0 | 1 };

const pyStr = (s: string) => JSON.stringify(s);

export function transformCell(cell: string): Transformed {
  const help = /^\s*(?:(\?\??)\s*(%{0,2}[\w.]+)|(%{0,2}[\w.]+)\s*(\?\??))\s*$/.exec(cell);
  if (help !== null) {
    const marks = help[1] ?? help[4];
    return { kind: 'help', name: help[2] ?? help[3], detail: marks.length === 2 ? 1 : 0 };
  }
  const cm = /^%%(\w+)[ \t]*([^\n]*)\n?/.exec(cell);
  if (cm !== null) {
    const body = cell.slice(cm[0].length);
    return { kind: 'code', source: `_run_cell_magic(${pyStr(cm[1])}, ${pyStr(cm[2])}, ${pyStr(body)})\n` };
  }
  const lines = cell.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)((?:[\w.]+\s*,\s*)*[\w.]+\s*=\s*)?%(\w+)(.*)$/.exec(lines[i]);
    if (m === null || lines[i].trimStart().startsWith('%%')) continue;
    // A continuation line inside brackets (`(a\n% b)`) is left alone.
    if (i > 0 && /[([{,\\]\s*$/.test(lines[i - 1])) continue;
    lines[i] = `${m[1]}${m[2] ?? ''}_run_line_magic(${pyStr(m[3])}, ${pyStr(m[4].trim())})`;
    changed = true;
  }
  return { kind: 'code', source: changed ? lines.join('\n') : cell };
}
