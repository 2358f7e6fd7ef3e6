// ## Tables for magics
//
// One table, two renderings: aligned plain text (the REPL and `text/plain`) and an HTML
// table (notebooks).  Numbers are right-aligned in both.

export interface Table {
  title?: string;
  columns: string[];
  rows: (string | number)[][];
  /** Lines after the table (totals, notes). */
  notes?: string[];
}

export function tableText(t: Table): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(String))];
  const widths = t.columns.map((_, c) => Math.max(...cells.map((r) => Array.from(r[c] ?? '').length)));
  const numeric = t.columns.map((_, c) => t.rows.length > 0 && t.rows.every((r) => typeof r[c] === 'number'));
  const line = (r: string[]) => r.map((v, c) => (numeric[c] ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('  ').trimEnd();
  const out: string[] = [];
  if (t.title) out.push(t.title);
  out.push(line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of t.rows) out.push(line(r.map(String)));
  if (t.notes) out.push(...t.notes);
  return out.join('\n');
}

export function tableHtml(t: Table): string {
  const numeric = t.columns.map((_, c) => t.rows.length > 0 && t.rows.every((r) => typeof r[c] === 'number'));
  const td = (v: string | number, c: number, tag: 'td' | 'th') =>
    `<${tag}${numeric[c] ? ' style="text-align:right"' : ' style="text-align:left"'}>${escapeHtml(String(v))}</${tag}>`;
  const head = `<tr>${t.columns.map((h, c) => td(h, c, 'th')).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr>${r.map((v, c) => td(v, c, 'td')).join('')}</tr>`).join('\n');
  const caption = t.title ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(t.title)}</caption>` : '';
  const notes = t.notes?.length ? `\n<p>${t.notes.map(escapeHtml).join('<br>')}</p>` : '';
  return `<table>${caption}\n${head}\n${body}\n</table>${notes}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
