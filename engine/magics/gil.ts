// ## %gil and %%gil
//
// glasspy's own magic: run a statement (or the cell) while the scheduler of the modelled GIL
// (engine/vm/threads.ts) records every thread's state changes, then show who held the GIL
// over time.  One lane per thread: holding the GIL, waiting for it, or blocked (sleeping,
// waiting for a lock); below, how often the GIL changed hands, why the holder gave it up
// (the switch interval ran out, a sleep, a lock or other wait, blocking I/O, the thread's
// end), and how
// long each thread held and waited for it.  The REPL shows the text timeline, a notebook
// the SVG as well.

import { registerMagic, MagicResult, usageError } from './registry.js';
import { escapeHtml } from './table.js';
import { gil, now, GilEvent, PyThreadState, ThreadStatus } from '../vm/threads.js';
import { switchInterval } from '../vm/switchinterval.js';

const DOC = `Run code and show which thread held the GIL over time.

Usage:
  %gil STATEMENT
  %%gil
  CELL

One lane per thread shows when it held the GIL (#), waited for it (.), or was blocked
sleeping, on a lock or waiting for input (-); then the number of switches, why each thread
gave the GIL up (the switch interval, the instruction count of the deterministic mode,
sleep, a lock or wait, I/O, the thread's end) and how long each thread held and waited for
it.  Threads still running when the code ends keep running; the
timeline stops there.`;

type State = 'run' | 'wait' | 'blocked' | 'gone';

interface Segment { from: number; to: number; state: State }

interface Lane {
  thread: PyThreadState;
  name: string;
  segments: Segment[];
  held: number;
  waited: number;
  /** Why this thread gave the GIL up, counted. */
  gaveUp: Map<string, number>;
}

function stateOf(status: ThreadStatus): State {
  switch (status) {
    case 'running': return 'run';
    case 'ready': case 'new': return 'wait';
    case 'blocked': return 'blocked';
    case 'done': return 'gone';
  }
}

const REASON_TEXT: Record<string, string> = {
  interval: 'switch interval', count: 'instruction count', sleep: 'sleep', lock: 'lock/wait', io: 'I/O', exit: 'thread exit',
};

/** Build the lanes from the recorded events, up to t1 (ms). */
function lanes(events: GilEvent[], t1: number): { lanes: Lane[]; switches: number; reasons: Map<string, number> } {
  const byThread = new Map<PyThreadState, Lane>();
  const cur = new Map<PyThreadState, { state: State; since: number }>();
  const lane = (t: PyThreadState) => {
    let l = byThread.get(t);
    if (l === undefined) {
      l = { thread: t, name: t.name, segments: [], held: 0, waited: 0, gaveUp: new Map() };
      byThread.set(t, l);
    }
    return l;
  };
  const close = (t: PyThreadState, at: number) => {
    const c = cur.get(t);
    if (c === undefined || at <= c.since) return;
    const l = lane(t);
    if (c.state !== 'gone') l.segments.push({ from: c.since, to: at, state: c.state });
    if (c.state === 'run') l.held += at - c.since;
    if (c.state === 'wait') l.waited += at - c.since;
  };
  let holder: PyThreadState | null = null;
  let switches = 0;
  const reasons = new Map<string, number>();
  const lastGiveUp = new Map<PyThreadState, string>();
  for (const e of events) {
    const st = stateOf(e.status);
    close(e.thread, e.at);
    lane(e.thread).name = e.thread.name;
    cur.set(e.thread, { state: st, since: e.at });
    if (st === 'run') {
      if (holder !== null && holder !== e.thread) {
        switches++;
        const why = lastGiveUp.get(holder) ?? 'interval';
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        const l = lane(holder);
        l.gaveUp.set(why, (l.gaveUp.get(why) ?? 0) + 1);
      }
      holder = e.thread;
    } else if (e.thread === holder && e.reason !== null) {
      lastGiveUp.set(e.thread, e.reason);
    }
  }
  for (const t of cur.keys()) close(t, t1);
  return { lanes: [...byThread.values()], switches, reasons };
}

function ms(x: number): string {
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  return `${(x * 1000).toFixed(0)} µs`;
}

const WIDTH = 60;
const GLYPH: Record<State, string> = { run: '#', wait: '.', blocked: '-', gone: ' ' };

/** One character per time slot: the state the thread spent most of that slot in. */
function textLane(l: Lane, t0: number, t1: number): string {
  const span = Math.max(t1 - t0, 1e-9);
  let s = '';
  for (let i = 0; i < WIDTH; i++) {
    const a = t0 + (span * i) / WIDTH, b = t0 + (span * (i + 1)) / WIDTH;
    const time: Record<State, number> = { run: 0, wait: 0, blocked: 0, gone: 0 };
    for (const seg of l.segments) {
      const o = Math.min(b, seg.to) - Math.max(a, seg.from);
      if (o > 0) time[seg.state] += o;
    }
    let best: State = 'gone';
    let most = 0;
    for (const k of ['run', 'wait', 'blocked'] as State[]) if (time[k] > most) { most = time[k]; best = k; }
    s += GLYPH[best];
  }
  return s;
}

function reasonList(m: Map<string, number>): string {
  if (m.size === 0) return '-';
  return [...m.entries()].map(([k, v]) => `${REASON_TEXT[k] ?? k} ${v}`).join(', ');
}

function textReport(ls: Lane[], switches: number, reasons: Map<string, number>, t0: number, t1: number): string {
  const nameW = Math.max(6, ...ls.map((l) => l.name.length));
  const out: string[] = [];
  out.push(`GIL timeline over ${ms(t1 - t0)} (# holds the GIL, . waits for it, - sleeps or waits for a lock or input)`);
  for (const l of ls) out.push(`${l.name.padEnd(nameW)} |${textLane(l, t0, t1)}|`);
  out.push('');
  out.push(`${switches} switch${switches === 1 ? '' : 'es'} (switch interval ${switchInterval.value * 1000} ms${gil.deterministic > 0 ? `; deterministic: after ${gil.deterministic} instructions${gil.anywhere ? ', at any instruction' : ''}` : ''}): ${reasonList(reasons)}`);
  const rows = [['thread', 'held GIL', 'waited for GIL', 'gave it up for']];
  for (const l of ls) rows.push([l.name, ms(l.held), ms(l.waited), reasonList(l.gaveUp)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) out.push(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
  return out.join('\n');
}

const COLOR: Record<State, string> = { run: '#2e7d32', wait: '#f9a825', blocked: '#90a4ae', gone: 'none' };

function svgReport(ls: Lane[], switches: number, reasons: Map<string, number>, t0: number, t1: number): string {
  const left = 150, laneH = 22, top = 28, plotW = 560;
  const h = top + ls.length * laneH + 60;
  const w = left + plotW + 20;
  const span = Math.max(t1 - t0, 1e-9);
  const x = (t: number) => left + ((t - t0) / span) * plotW;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="12">`);
  parts.push(`<text x="${left}" y="16">GIL timeline, ${escapeHtml(ms(span))}: ${switches} switch${switches === 1 ? '' : 'es'}</text>`);
  ls.forEach((l, i) => {
    const y = top + i * laneH;
    parts.push(`<g class="lane" data-thread="${escapeHtml(l.name)}">`);
    parts.push(`<text x="${left - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(l.name)}</text>`);
    parts.push(`<rect x="${left}" y="${y + 3}" width="${plotW}" height="${laneH - 6}" fill="#f5f5f5"/>`);
    for (const s of l.segments) {
      if (s.state === 'gone') continue;
      const x0 = x(s.from), x1 = Math.max(x(s.to), x0 + 0.5);
      const title = `${l.name}: ${s.state === 'run' ? 'holds the GIL' : s.state === 'wait' ? 'waits for the GIL' : 'sleeps or waits for a lock or input'} ${ms(s.to - s.from)}`;
      parts.push(`<rect x="${x0.toFixed(2)}" y="${y + 3}" width="${(x1 - x0).toFixed(2)}" height="${laneH - 6}" fill="${COLOR[s.state]}"><title>${escapeHtml(title)}</title></rect>`);
    }
    parts.push('</g>');
  });
  const ly = top + ls.length * laneH + 18;
  const legend: [State, string][] = [['run', 'holds the GIL'], ['wait', 'waits for the GIL'], ['blocked', 'sleep / lock / input']];
  legend.forEach(([st, label], i) => {
    const lx = left + i * 150;
    parts.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${COLOR[st]}"/><text x="${lx + 16}" y="${ly}">${label}</text>`);
  });
  parts.push(`<text x="${left}" y="${ly + 22}">gave up the GIL: ${escapeHtml(reasonList(reasons))}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

function runWithRecording(source: string, runCell: (s: string) => void): MagicResult {
  if (gil.recording !== null) throw usageError('%gil is already recording');
  const t0 = now();
  const events: GilEvent[] = [];
  for (const t of gil.threads) events.push({ at: t0, thread: t, status: t.status, reason: null });
  gil.recording = events;
  let t1: number;
  try {
    runCell(source);
  } finally {
    t1 = now();
    gil.recording = null;
  }
  const r = lanes(events, t1);
  return {
    bundle: {
      'text/plain': textReport(r.lanes, r.switches, r.reasons, t0, t1),
      'image/svg+xml': svgReport(r.lanes, r.switches, r.reasons, t0, t1),
    },
  };
}

registerMagic({
  name: 'gil', kind: 'line', doc: DOC,
  run: (line, _cell, ctx) => {
    if (line.trim() === '') throw usageError(`%gil: a statement to run is needed\n\n${DOC}`);
    return runWithRecording(line, (s) => ctx.runCell(s));
  },
});

registerMagic({
  name: 'gil', kind: 'cell', doc: DOC,
  run: (_line, cell, ctx) => runWithRecording(cell ?? '', (s) => ctx.runCell(s)),
});
