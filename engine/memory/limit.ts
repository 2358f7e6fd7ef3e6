// ## The heap limit
//
// glasspy runs inside one JS process, so a program that asks for more memory than a machine
// has must get MemoryError, not kill the process.  The limit counts modelled bytes: arenas
// mapped by pymalloc plus chunks from the modelled C allocator.  It comes from
// `--max-heap=SIZE` or GLASSPY_MAX_HEAP (e.g. 512M, 4G); the default is 4 GiB.  Builders of
// big lists, strings and bytes call ensureAllocatable() with the size they are about to
// need before JS tries to allocate it.

export const DEFAULT_MAX_HEAP = 4 * 1024 ** 3;

export const heap = { limit: DEFAULT_MAX_HEAP, used: 0 };

/** Late-bound raise of MemoryError (set when the exception types exist; see sys.ts). */
export const memoryErrorHook: { raise: (msg: string | null) => never } = {
  raise: (msg) => { throw new RangeError(msg ?? 'out of memory'); },
};

/** Parse "4G", "512M", "1.5GiB", "100000": bytes, or NaN. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(s);
  if (m === null) return NaN;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.floor(Number(m[1]) * mult);
}

export function setHeapLimit(bytes: number): void {
  heap.limit = bytes;
}

{
  const env = typeof process !== 'undefined' ? process.env.GLASSPY_MAX_HEAP : undefined;
  if (env) {
    const n = parseSize(env);
    if (n > 0) heap.limit = n;
  }
}

/** Account for nbytes more; false (nothing accounted) when that would pass the limit. */
export function heapCheck(nbytes: number): boolean {
  if (heap.used + nbytes > heap.limit) return false;
  heap.used += nbytes;
  return true;
}

export function heapRelease(nbytes: number): void {
  heap.used -= nbytes;
}

/** Raise MemoryError now if an allocation of nbytes could not succeed (checked before JS allocates). */
export function ensureAllocatable(nbytes: number): void {
  if (!(nbytes <= heap.limit - heap.used)) memoryErrorHook.raise(null);
}
