// ## The modelled C allocator (glibc malloc)
//
// Requests pymalloc does not serve (above 512 bytes, or PyMem_RawMalloc) go here.  glibc
// serves requests below its mmap threshold (128 KiB) from the brk heap, in chunks of the
// request plus an 8-byte size word rounded up to 16 (at least 32), the user pointer 16
// bytes into the chunk; larger requests get their own page-rounded mmap.  Freed chunks
// are reused by exact size, most recently freed first (the tcache/fastbin behaviour that
// matters for ids); coalescing and trimming are not modelled.  Addresses are in the
// ranges those areas have on 64-bit Linux: the heap near 0x55..., mmaps below the arenas.

import { heapCheck, heapRelease } from './limit.js';
import { HEAP_BASE, MMAP_TOP } from './handles.js';

const MMAP_THRESHOLD = 128 * 1024;
const PAGE = 4096;
let heapTop = HEAP_BASE;
let mmapTop = MMAP_TOP;

/** Live chunks: user address -> chunk size. */
const live = new Map<number, number>();
/** Freed chunks by chunk size, most recent last. */
const bins = new Map<number, number[]>();

function chunkSize(nbytes: number): number {
  if (nbytes >= MMAP_THRESHOLD) return Math.ceil((nbytes + 16) / PAGE) * PAGE;
  return Math.max(32, Math.ceil((nbytes + 8) / 16) * 16);
}

/** malloc(): the user address, or 0 past the heap limit. */
export function sysMalloc(nbytes: number): number {
  const cs = chunkSize(nbytes);
  if (!heapCheck(cs)) return 0;
  const bin = bins.get(cs);
  let p: number;
  if (bin !== undefined && bin.length > 0) {
    p = bin.pop()!;
  } else if (cs >= MMAP_THRESHOLD) {
    mmapTop -= cs;
    p = mmapTop + 16;
  } else {
    p = heapTop + 16;
    heapTop += cs;
  }
  live.set(p, cs);
  return p;
}

export function isSysAddress(p: number): boolean {
  return live.has(p);
}

/** free(); unknown addresses are ignored (free(NULL) and double frees must not corrupt the model). */
export function sysFree(p: number): void {
  // An object's address is 16 or 32 bytes past its block (the pre-header).
  if (!live.has(p)) p = live.has(p - 16) ? p - 16 : p - 32;
  const cs = live.get(p);
  if (cs === undefined) return;
  live.delete(p);
  heapRelease(cs);
  let bin = bins.get(cs);
  if (bin === undefined) { bin = []; bins.set(cs, bin); }
  bin.push(p);
}

/** realloc(): in place when the chunk size does not change, else malloc + free. */
export function sysRealloc(p: number, nbytes: number): number {
  const cs = live.get(p);
  if (cs === undefined) return sysMalloc(nbytes);
  if (chunkSize(nbytes) === cs) return p;
  const q = sysMalloc(nbytes);
  if (q !== 0) sysFree(p);
  return q;
}

/** Usable size of a live chunk (malloc_usable_size), 0 if unknown. */
export function sysSizeOf(p: number): number {
  const cs = live.get(p);
  return cs === undefined ? 0 : cs >= MMAP_THRESHOLD ? cs - 16 : cs - 8;
}

export function sysAllocatedBlocks(): number {
  return live.size;
}

/** Bytes in the modelled malloc's live chunks (the REPL's status bar, %heap). */
export function sysAllocatedBytes(): number {
  let n = 0;
  for (const size of live.values()) n += size;
  return n;
}
