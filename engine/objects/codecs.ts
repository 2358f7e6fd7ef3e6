// ## Text encodings for str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16, utf-32
import { raiseTypeError, UnicodeDecodeError, UnicodeEncodeError, raise, LookupError } from './exceptions.js';
import { call } from './abstract.js';
import { newStr } from './str.js';
import { newInt } from './int.js';
import { PyBytes } from './bytesobject.js';

function normalize(enc: string): string {
  const e = enc.toLowerCase().replace(/[-_ ]/g, '');
  if (e === 'utf8' || e === 'u8' || e === 'utf') return 'utf-8';
  if (e === 'ascii' || e === 'usascii' || e === '646') return 'ascii';
  if (e === 'latin1' || e === 'latin' || e === 'iso88591' || e === 'l1' || e === 'cp819') return 'latin-1';
  if (e === 'utf16') return 'utf-16';
  if (e === 'utf16le') return 'utf-16-le';
  if (e === 'utf16be') return 'utf-16-be';
  if (e === 'utf32') return 'utf-32';
  if (e === 'utf32le') return 'utf-32-le';
  if (e === 'utf32be') return 'utf-32-be';
  raise(LookupError, `unknown encoding: ${enc}`);
}

function encodeError(enc: string, s: string, pos: number, reason: string): never {
  const cps = [...s];
  throw call(UnicodeEncodeError, [newStr(enc), newStr(s), newInt(pos), newInt(pos + 1), newStr(reason)]);
  void cps;
}

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normalize(encoding);
  const cps = [...s].map((c) => c.codePointAt(0)!);
  if (enc === 'utf-8') {
    if (!/[\uD800-\uDFFF]/.test(s)) return new TextEncoder().encode(s);
    const out: number[] = [];
    cps.forEach((c, i) => {
      if (c >= 0xd800 && c < 0xe000) {
        if (errors === 'surrogateescape' && c >= 0xdc80 && c < 0xdd00) { out.push(c - 0xdc00); return; }
        if (errors === 'ignore') return;
        if (errors === 'replace') { out.push(0x3f); return; }
        if (errors === 'surrogatepass') { out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)); return; }
        encodeError('utf-8', s, i, 'surrogates not allowed');
      }
      out.push(...new TextEncoder().encode(String.fromCodePoint(c)));
    });
    return Uint8Array.from(out);
  }
  if (enc === 'ascii' || enc === 'latin-1') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out: number[] = [];
    cps.forEach((c, i) => {
      if (c < limit) { out.push(c); return; }
      if (errors === 'ignore') return;
      if (errors === 'replace') { out.push(0x3f); return; }
      if (errors === 'backslashreplace') { for (const ch of (c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`)) out.push(ch.charCodeAt(0)); return; }
      if (errors === 'xmlcharrefreplace') { for (const ch of `&#${c};`) out.push(ch.charCodeAt(0)); return; }
      encodeError(enc, s, i, `ordinal not in range(${limit})`);
    });
    return Uint8Array.from(out);
  }
  if (enc.startsWith('utf-16')) {
    const le = enc !== 'utf-16-be';
    const out: number[] = enc === 'utf-16' ? [0xff, 0xfe] : [];
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (le) out.push(u & 0xff, u >> 8); else out.push(u >> 8, u & 0xff);
    }
    return Uint8Array.from(out);
  }
  const le = enc !== 'utf-32-be';
  const out: number[] = enc === 'utf-32' ? [0xff, 0xfe, 0, 0] : [];
  for (const c of cps) {
    const b = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >> 24) & 0xff];
    out.push(...(le ? b : b.reverse()));
  }
  return Uint8Array.from(out);
}

function decodeError(enc: string, data: Uint8Array, start: number, end: number, reason: string): never {
  throw call(UnicodeDecodeError, [newStr(enc), new PyBytes(Uint8Array.from(data)), newInt(start), newInt(end), newStr(reason)]);
}

export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const enc = normalize(encoding);
  if (enc === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      // Find the first bad byte for CPython's message, or decode with the error handler.
      let out = '';
      let i = 0;
      while (i < data.length) {
        const b = data[i];
        const need = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 && b >= 0xc2 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 && b <= 0xf4 ? 4 : 0;
        let ok = need > 0 && i + need <= data.length;
        for (let k = 1; ok && k < need; k++) if ((data[i + k] & 0xc0) !== 0x80) ok = false;
        if (ok) {
          try { out += new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(i, i + need)); i += need; continue; } catch { ok = false; }
        }
        if (errors === 'strict') {
          const reason = need === 0 ? 'invalid start byte' : i + need > data.length ? 'unexpected end of data' : 'invalid continuation byte';
          let end = i + 1;
          if (need > 1 && i + need > data.length) end = data.length;
          decodeError('utf-8', data, i, end, reason);
        }
        if (errors === 'replace') out += '\ufffd';
        else if (errors === 'surrogateescape') out += String.fromCharCode(0xdc00 + b);
        else if (errors === 'backslashreplace') out += `\\x${b.toString(16).padStart(2, '0')}`;
        i++;
      }
      return out;
    }
  }
  if (enc === 'ascii') {
    let out = '';
    data.forEach((b, i) => {
      if (b < 128) out += String.fromCharCode(b);
      else if (errors === 'strict') decodeError('ascii', data, i, i + 1, 'ordinal not in range(128)');
      else if (errors === 'replace') out += '\ufffd';
      else if (errors === 'surrogateescape') out += String.fromCharCode(0xdc00 + b);
    });
    return out;
  }
  if (enc === 'latin-1') return Array.from(data, (b) => String.fromCharCode(b)).join('');
  if (enc.startsWith('utf-16')) {
    let le = enc !== 'utf-16-be';
    let start = 0;
    if (enc === 'utf-16' && data.length >= 2) {
      if (data[0] === 0xff && data[1] === 0xfe) start = 2;
      else if (data[0] === 0xfe && data[1] === 0xff) { start = 2; le = false; }
    }
    let out = '';
    for (let i = start; i + 1 < data.length; i += 2) out += String.fromCharCode(le ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1]);
    return out;
  }
  let le = enc !== 'utf-32-be';
  let start = 0;
  if (enc === 'utf-32' && data.length >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) start = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) { start = 4; le = false; }
  }
  let out = '';
  for (let i = start; i + 3 < data.length; i += 4) {
    const c = le ? data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24) : (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3];
    out += String.fromCodePoint(c);
  }
  return out;
}
export { raiseTypeError };
