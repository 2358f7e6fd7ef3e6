// ## Block handles
//
// A 64-bit address such as 0x7f3a1c6f2a50 is not a small integer, and V8 stores a JS object
// field holding a double as a separate heap box: one more allocation per Python object.  So
// objects and containers keep a handle, a small integer that maps one-to-one to a 16-byte
// aligned address in one of the three modelled regions; id() and reprs decode it.
//   handle >= 0             pymalloc arenas, downwards from ARENA_TOP (16 GiB of room)
//   -2**29 < handle < 0     the malloc heap, upwards from HEAP_BASE (8 GiB)
//   handle <= -2**29        malloc's mmapped chunks, downwards from MMAP_TOP (8 GiB)

/** Top of the arena area; arena i lives at ARENA_TOP - (i + 1) * ARENA_SIZE. */
export const ARENA_TOP = 0x7f3a_1c80_1000;
export const HEAP_BASE = 0x5581_2c4a_2000;
export const MMAP_TOP = 0x7f20_0000_0000;
const MMAP_H0 = -(2 ** 29);

export function arenaHandle(addr: number): number {
  return ((ARENA_TOP - addr) / 16) | 0;
}

export function addressToHandle(addr: number): number {
  if (addr > MMAP_TOP) return ((ARENA_TOP - addr) / 16) | 0;
  if (addr < MMAP_TOP - 2 ** 33) return (-1 - (addr - HEAP_BASE) / 16) | 0;
  return (MMAP_H0 - (MMAP_TOP - addr) / 16) | 0;
}

export function handleToAddress(h: number): number {
  if (h >= 0) return ARENA_TOP - 16 * h;
  if (h > MMAP_H0) return HEAP_BASE + 16 * (-1 - h);
  return MMAP_TOP - 16 * (MMAP_H0 - h);
}
