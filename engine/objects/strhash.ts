// ## SipHash-1-3, CPython 3.11's string and bytes hash (Python/pyhash.c)
//
// glasspy behaves as CPython with PYTHONHASHSEED=0: the key is all zeros, so hashes (and so
// the iteration order of sets of strings) are reproducible and equal CPython's.  The 64-bit
// result is returned as a JS number; values beyond 2**53 lose their lowest bits (documented).

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M64;

/** The exact 64-bit signed SipHash-1-3 value. */
export function siphash13Big(data: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n, v1 = 0x646f72616e646f6dn, v2 = 0x6c7967656e657261n, v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64; v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0; v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64; v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2; v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const blocks = n >> 3;
  for (let i = 0; i < blocks; i++) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(data[8 * i + k]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let k = n - 1; k >= blocks * 8; k--) b |= BigInt(data[k]) << BigInt(8 * (k - blocks * 8));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round(); round(); round();
  const h = BigInt.asIntN(64, v0 ^ v1 ^ v2 ^ v3);
  return h === -1n ? -2n : h;
}

export function siphash13(data: Uint8Array): number {
  return Number(siphash13Big(data));
}

/** hash(str): SipHash over the string's compact representation (1, 2 or 4 bytes per character). */
export function hashString(s: string): number {
  return Number(hashStringBig(s));
}

export function hashStringBig(s: string): bigint {
  if (s.length === 0) return 0n;
  let max = 0;
  const cps: number[] = [];
  for (const ch of s) { const c = ch.codePointAt(0)!; cps.push(c); if (c > max) max = c; }
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const data = new Uint8Array(cps.length * width);
  cps.forEach((c, i) => {
    for (let k = 0; k < width; k++) data[i * width + k] = (c >> (8 * k)) & 0xff;
  });
  return siphash13Big(data);
}

export function hashBytes(b: Uint8Array): number {
  return b.length === 0 ? 0 : siphash13(b);
}
