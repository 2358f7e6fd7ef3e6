// The kernel over real ZeroMQ sockets: `glasspy kernel -f CONN` (from dist/, so build
// first) driven by the signing client in client.ts.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { TestKernel, Msg } from './client.js';

const types = (ms: Msg[]) => ms.map((m) => m.header.msg_type);
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('glasspy kernel over tcp', () => {
  const k = new TestKernel();
  beforeAll(async () => { await k.start(); });
  afterAll(async () => { await k.stop(); });

  it('announces starting and answers kernel_info like ipykernel', async () => {
    const r = await k.request('shell', 'kernel_info_request', {});
    expect(r.header.msg_type).toBe('kernel_info_reply');
    expect(r.content).toMatchObject({
      status: 'ok', protocol_version: '5.3', implementation: 'glasspy',
      language_info: { name: 'python', version: '3.11.7', mimetype: 'text/x-python', codemirror_mode: { name: 'ipython', version: 3 },
        pygments_lexer: 'ipython3', nbconvert_exporter: 'python', file_extension: '.py' },
    });
    expect(typeof r.content.banner).toBe('string');
    expect(Array.isArray(r.content.help_links)).toBe(true);
    await k.waitForReady();
    const c = await k.request('control', 'kernel_info_request', {});
    expect(c.content.implementation).toBe('glasspy');
  });

  it('executes: execute_input, execute_result with Out[n], busy/idle around it', async () => {
    const { reply, iopub } = await k.execute('x = 20\nx + 22');
    expect(reply.content.status).toBe('ok');
    expect(types(iopub)).toEqual(['status', 'execute_input', 'execute_result', 'status']);
    expect(iopub[0].content.execution_state).toBe('busy');
    const n = reply.content.execution_count;
    expect(iopub[1].content).toEqual({ code: 'x = 20\nx + 22', execution_count: n });
    expect(iopub[2].content).toEqual({ execution_count: n, data: { 'text/plain': '42' }, metadata: {} });
    const again = await k.execute(`Out[${n}] + _ + _${n}`);
    expect(again.iopub.find((m) => m.header.msg_type === 'execute_result')!.content.data['text/plain']).toBe('126');
  });

  it('a trailing semicolon suppresses the result; print streams', async () => {
    const { iopub } = await k.execute('print("hello"); 1 + 1;  # comment');
    expect(types(iopub)).toEqual(['status', 'execute_input', 'stream', 'status']);
    expect(iopub[2].content).toEqual({ name: 'stdout', text: 'hello\n' });
  });

  it('display() and rich reprs become display_data and bundles', async () => {
    const code = 'class H:\n    def _repr_html_(self):\n        return "<b>x</b>"\n    def _repr_mimebundle_(self, include=None, exclude=None):\n        return {"text/markdown": "**x**"}\ndisplay(H())\nH()';
    const { iopub } = await k.execute(code);
    const dd = iopub.find((m) => m.header.msg_type === 'display_data')!;
    expect(dd.content.data['text/html']).toBe('<b>x</b>');
    expect(dd.content.data['text/markdown']).toBe('**x**');
    expect(dd.content.data['text/plain']).toMatch(/^<__main__\.H at 0x[0-9a-f]+>$/);
    const er = iopub.find((m) => m.header.msg_type === 'execute_result')!;
    expect(er.content.data['text/html']).toBe('<b>x</b>');
  });

  it('errors: IPython-style coloured traceback with Cell In[n] frames, error on iopub and in the reply', async () => {
    const { reply, iopub } = await k.execute('def f(x):\n    return 1 / x\nf(0)');
    const n = reply.content.execution_count;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'ZeroDivisionError', evalue: 'division by zero' });
    const err = iopub.find((m) => m.header.msg_type === 'error')!;
    const tb: string[] = err.content.traceback;
    expect(tb).toEqual(reply.content.traceback);
    expect(tb[0]).toBe(`\x1b[0;31m${'-'.repeat(75)}\x1b[0m`);
    expect(tb[1]).toBe('\x1b[0;31mZeroDivisionError\x1b[0m                         Traceback (most recent call last)');
    expect(strip(tb[2])).toBe(`Cell In[${n}], line 3\n      1 def f(x):\n      2     return 1 / x\n----> 3 f(0)\n`);
    // The executing call, f(0), on a yellow background as stack_data marks it.
    expect(tb[2]).toContain('\x1b[0;32m----> 3\x1b[0m \x1b[43mf\x1b[49m\x1b[43m(\x1b[49m\x1b[38;5;241;43m0\x1b[39;49m\x1b[43m)\x1b[49m\n');
    expect(strip(tb[3])).toBe(`Cell In[${n}], line 2, in f(x)\n      1 def f(x):\n----> 2     return 1 / x\n`);
    expect(tb[4]).toBe('\x1b[0;31mZeroDivisionError\x1b[0m: division by zero');
  });

  it('SyntaxError is reported in one entry, as IPython does', async () => {
    const { reply } = await k.execute('def g(: pass');
    expect(reply.content.ename).toBe('SyntaxError');
    expect(strip(reply.content.traceback.join(''))).toBe(`  Cell In[${reply.content.execution_count}], line 1\n    def g(: pass\n          ^\nSyntaxError: invalid syntax\n`);
  });

  it('silent and store_history', async () => {
    const before = (await k.execute('1')).reply.content.execution_count;
    const silent = await k.execute('print("quiet"); 5', { silent: true });
    expect(types(silent.iopub)).toEqual(['status', 'stream', 'status']);
    const nohist = await k.execute('7', { store_history: false });
    expect(nohist.iopub.find((m) => m.header.msg_type === 'execute_result')).toBeDefined();
    const after = (await k.execute('2')).reply.content.execution_count;
    expect(after).toBe(before + 1);
  });

  it('user_expressions are evaluated after the cell', async () => {
    const { reply } = await k.execute('z = 6', { user_expressions: { a: 'z * 7', b: '1/0' } });
    expect(reply.content.user_expressions.a).toEqual({ status: 'ok', data: { 'text/plain': '42' }, metadata: {} });
    expect(reply.content.user_expressions.b).toMatchObject({ status: 'error', ename: 'ZeroDivisionError' });
  });

  it('stop_on_error aborts the execute requests already queued', async () => {
    const a = k.frames('execute_request', { code: 'import time\ntime.sleep(0.3)\n1/0', silent: false, stop_on_error: true });
    const b = k.frames('execute_request', { code: 'print("never")', silent: false });
    const pa = k.sendFrames('shell', a.frames, a.id);
    const pb = k.sendFrames('shell', b.frames, b.id);
    expect((await pa).content.status).toBe('error');
    expect((await pb).content.status).toBe('aborted');
    const c = await k.execute('print("later")');
    expect(c.reply.content.status).toBe('ok');
  });

  it('complete: names, attributes, keyword arguments, modules, dict keys, magics (code points)', async () => {
    await k.execute('import os\nd = {"alpha": 1, "beta": 2}\ndef fn(first, second=2): pass\nnaïve_value = 3');
    const c = async (code: string, pos = [...code].length) => (await k.request('shell', 'complete_request', { code, cursor_pos: pos })).content;
    expect((await c('pri')).matches).toContain('print');
    const attr = await c('os.pa');
    expect(attr.matches).toContain('path');
    expect([attr.cursor_start, attr.cursor_end]).toEqual([3, 5]);
    expect((await c('fn(sec')).matches).toContain('second=');
    expect((await c('import o')).matches).toContain('os');
    expect((await c('d["al')).matches).toEqual(['alpha"']);
    expect((await c('%ls')).matches).toEqual(['%lsmagic']);
    const uni = await c('x = "é"; naï');
    expect(uni.matches).toContain('naïve_value');
    expect([uni.cursor_start, uni.cursor_end]).toEqual([9, 12]);
  });

  it('inspect: signature and docstring, source at detail_level 1', async () => {
    await k.execute('def area(w, h=2):\n    "Area of a rectangle."\n    return w * h');
    const r0 = (await k.request('shell', 'inspect_request', { code: 'area(', cursor_pos: 5, detail_level: 0 })).content;
    expect(r0.found).toBe(true);
    expect(strip(r0.data['text/plain'])).toMatch(/^Signature: area\(w, h=2\)\nDocstring: Area of a rectangle\.\nFile:      .*\.py\nType:      function\n$/);
    const r1 = (await k.request('shell', 'inspect_request', { code: 'area', cursor_pos: 2, detail_level: 1 })).content;
    expect(strip(r1.data['text/plain'])).toContain('Source:\ndef area(w, h=2):\n    "Area of a rectangle."\n    return w * h\n');
    const nf = (await k.request('shell', 'inspect_request', { code: 'nope_nothing', cursor_pos: 3, detail_level: 0 })).content;
    expect(nf).toMatchObject({ status: 'ok', found: false });
  });

  it('obj? gives a pager payload', async () => {
    const { reply } = await k.execute('len?');
    expect(reply.content.payload[0].source).toBe('page');
    expect(strip(reply.content.payload[0].data['text/plain'])).toContain('Return the number of items in a container.');
  });

  it('is_complete', async () => {
    const ic = async (code: string) => (await k.request('shell', 'is_complete_request', { code })).content;
    expect(await ic('x = 1')).toEqual({ status: 'complete' });
    expect(await ic('for i in range(3):')).toEqual({ status: 'incomplete', indent: '    ' });
    expect(await ic('a = [1,')).toMatchObject({ status: 'incomplete' });
    expect(await ic('def f(:')).toEqual({ status: 'invalid' });
  });

  it('history: tail, range and search', async () => {
    await k.execute('history_marker = 1');
    const tail = (await k.request('shell', 'history_request', { hist_access_type: 'tail', n: 1, output: false, raw: true })).content;
    expect(tail.history).toHaveLength(1);
    expect(tail.history[0][2]).toBe('history_marker = 1');
    const search = (await k.request('shell', 'history_request', { hist_access_type: 'search', pattern: 'history_mark*', n: 5, output: false, raw: true })).content;
    expect(search.history.map((h: unknown[]) => h[2])).toEqual(['history_marker = 1']);
    const range = (await k.request('shell', 'history_request', { hist_access_type: 'range', session: 0, start: 1, stop: 2, output: true, raw: true })).content;
    expect(range.history).toEqual([[tail.history[0][0], 1, ['x = 20\nx + 22', '42']]]);
  });

  it('comm_info is empty; a comm to an unknown target is closed', async () => {
    expect((await k.request('shell', 'comm_info_request', {})).content).toEqual({ status: 'ok', comms: {} });
    const { frames, id } = k.frames('comm_open', { comm_id: 'c1', target_name: 'nobody', data: {} });
    await k.sendRaw('shell', frames);
    const msgs = await k.iopubFor(id);
    expect(msgs.find((m) => m.header.msg_type === 'comm_close')!.content).toEqual({ comm_id: 'c1', data: {} });
  });

  it('interrupt_request stops while True: pass with KeyboardInterrupt quickly', async () => {
    const { frames, id } = k.frames('execute_request', { code: 'while True:\n    pass', silent: false });
    const p = k.sendFrames('shell', frames, id);
    await k.waitFor(() => k.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'));
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    const ir = await k.request('control', 'interrupt_request', {});
    expect(ir.content.status).toBe('ok');
    const reply = await p;
    const ms = performance.now() - t0;
    expect(reply.content.ename).toBe('KeyboardInterrupt');
    expect(ms).toBeLessThan(1000);
    // The error aborts execute requests that arrive before the kernel is idle again.
    await k.iopubFor(id);
  });

  it('SIGINT interrupts the running cell too', async () => {
    const { frames, id } = k.frames('execute_request', { code: 'import time\ntime.sleep(30)', silent: false });
    const p = k.sendFrames('shell', frames, id);
    await k.waitFor(() => k.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'));
    await new Promise((r) => setTimeout(r, 200));
    k.proc.kill('SIGINT');
    expect((await p).content.ename).toBe('KeyboardInterrupt');
    await k.iopubFor(id);
  });

  it('heartbeat and control answer while a cell runs', async () => {
    const { frames, id } = k.frames('execute_request', { code: 'import time\ntime.sleep(1.5)', silent: false });
    const p = k.sendFrames('shell', frames, id);
    await new Promise((r) => setTimeout(r, 300));
    expect(await k.heartbeat('ping')).toBe('ping');
    const info = await k.request('control', 'kernel_info_request', {}, 1000);
    expect(info.content.status).toBe('ok');
    expect((await p).content.status).toBe('ok');
  });

  it('input() goes through input_request on stdin', async () => {
    const { frames, id } = k.frames('execute_request', { code: 'name = input("Who? ")\nprint("hi " + name)', silent: false, allow_stdin: true });
    const p = k.sendFrames('shell', frames, id);
    await k.waitFor(() => k.stdinMsgs.some((m) => m.parent_header.msg_id === id));
    const req = k.stdinMsgs.find((m) => m.parent_header.msg_id === id)!;
    expect(req.content).toEqual({ prompt: 'Who? ', password: false });
    const r = k.frames('input_reply', { value: 'Ada' });
    await k.sendRaw('stdin' as 'shell', r.frames);
    expect((await p).content.status).toBe('ok');
    const out = (await k.iopubFor(id)).filter((m) => m.header.msg_type === 'stream').map((m) => m.content.text).join('');
    expect(out).toBe('hi Ada\n');
    const nostdin = await k.execute('input()');
    expect(nostdin.reply.content.evalue).toBe('raw_input was called, but this frontend does not support stdin.');
  });

  it('survives RecursionError, MemoryError and sys.exit()', async () => {
    expect((await k.execute('def r(): return r()\nr()')).reply.content.ename).toBe('RecursionError');
    expect((await k.execute('s = "x" * (10**12)')).reply.content.ename).toBe('MemoryError');
    const ex = await k.execute('import sys\nsys.exit(3)');
    expect(ex.reply.content.ename).toBe('SystemExit');
    expect(ex.reply.content.traceback).toEqual(['An exception has occurred, use %tb to see the full traceback.\n', '\x1b[0;31mSystemExit\x1b[0m\x1b[0;31m:\x1b[0m 3\n']);
    expect((await k.execute('40 + 2')).reply.content.status).toBe('ok');
  });

  it('magics: %lsmagic, %time, unknown magics', async () => {
    const ls = await k.execute('%lsmagic');
    expect(ls.iopub.find((m) => m.header.msg_type === 'execute_result')!.content.data['text/plain']).toContain('%time');
    const t = await k.execute('%time 6 * 7');
    const out = t.iopub.filter((m) => m.header.msg_type === 'stream').map((m) => m.content.text).join('');
    expect(out).toMatch(/^CPU times: user .*, sys: .*, total: .*\nWall time: .*\n$/);
    expect(t.iopub.find((m) => m.header.msg_type === 'execute_result')!.content.data['text/plain']).toBe('42');
    expect((await k.execute('%nosuchmagic')).reply.content).toMatchObject({ ename: 'UsageError', evalue: 'Line magic function `%nosuchmagic` not found.' });
  });

  it('logs and drops bad messages: wrong signature, bad JSON, missing frames, unknown type', async () => {
    const { frames } = k.frames('execute_request', { code: 'print("forged")' }, 'wrong-key');
    await k.sendRaw('shell', frames);
    const good = k.frames('kernel_info_request', {});
    const bad = good.frames.slice();
    bad[3] = Buffer.from('{not json');
    bad[1] = Buffer.from(require('node:crypto').createHmac('sha256', k.key).update(Buffer.concat([bad[2], bad[3], bad[4], bad[5]])).digest('hex'));
    await k.sendRaw('shell', bad);
    await k.sendRaw('shell', [Buffer.from('<IDS|MSG>'), Buffer.from('x')]);
    await k.sendRaw('shell', [Buffer.from('no delimiter')]);
    const unk = k.frames('frobnicate_request', {});
    await k.sendRaw('shell', unk.frames);
    await k.sendRaw('control', k.frames('frobnicate_request', {}).frames);
    const r = await k.request('shell', 'kernel_info_request', {});
    expect(r.content.status).toBe('ok');
    await k.waitFor(() => /unknown message type frobnicate_request on control/.test(k.stderr));
    expect(k.stderr).toMatch(/invalid signature/);
    expect(k.stderr).toMatch(/not JSON/);
    expect(k.stderr).toMatch(/expected 5 frames/);
    expect(k.stderr).toMatch(/no <IDS\|MSG> delimiter/);
    expect(k.stderr).toMatch(/unknown message type frobnicate_request on shell/);
    expect(k.iopubMsgs.some((m) => m.header.msg_type === 'stream' && m.content.text === 'forged\n')).toBe(false);
  });

  it('shutdown_request with restart gives a fresh namespace', async () => {
    await k.execute('kept = 1');
    const r = await k.request('shell', 'shutdown_request', { restart: true });
    expect(r.content).toEqual({ status: 'ok', restart: true });
    const after = await k.execute('kept');
    expect(after.reply.content.ename).toBe('NameError');
    expect(after.reply.content.execution_count).toBe(1);
  });
});

describe('glasspy kernel over ipc, unsigned', () => {
  const k = new TestKernel();
  beforeAll(async () => { await k.start({ transport: 'ipc', key: '' }); await k.waitForReady(); });
  afterAll(async () => { await k.stop(); });

  it('runs cells with an empty key (no signatures) over ipc', async () => {
    const { reply, iopub } = await k.execute('6 * 7');
    expect(reply.content.status).toBe('ok');
    expect(iopub.find((m) => m.header.msg_type === 'execute_result')!.content.data['text/plain']).toBe('42');
    expect(await k.heartbeat('beat')).toBe('beat');
  });

  it('exits on shutdown_request', async () => {
    const r = await k.request('control', 'shutdown_request', { restart: false });
    expect(r.content).toEqual({ status: 'ok', restart: false });
    expect(await k.exited).toBe(0);
  });
});

describe('a client whose iopub joins late (ZeroMQ slow joiner)', () => {
  const k = new TestKernel();
  afterAll(async () => { await k.stop(); });

  it('still receives the first cell on iopub: the kernel holds iopub until a subscriber is there', async () => {
    // As jupyter console does: kernel_info and an execute on shell straight away.  Here the
    // SUB socket only connects after the reply, so a plain PUB would have dropped it all.
    await k.start({ lateIopub: true });
    await k.request('shell', 'kernel_info_request', {});
    const { frames, id } = k.frames('execute_request', { code: 'print("early")', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    const reply = await k.sendFrames('shell', frames, id);
    expect(reply.content.status).toBe('ok');
    k.connectIopub();
    const iopub = await k.iopubFor(id);
    expect(iopub.map((m) => m.header.msg_type)).toEqual(['status', 'execute_input', 'stream', 'status']);
    expect(iopub[2].content).toEqual({ name: 'stdout', text: 'early\n' });
    expect(k.iopubMsgs[0].content).toEqual({ execution_state: 'starting' });
  });
});
