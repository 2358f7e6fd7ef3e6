// ## bytes as other types see them: the raw data of bytes-like objects, and new bytes.
import type { PyObject } from './object.js';
import { PyBytes, PyByteArray } from './bytesobject.js';
import { PyMemoryView } from './memoryobject.js';

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
export function bytesData(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyByteArray) return o.data.subarray(0, o.length);
  if (o instanceof PyMemoryView) return o.view();
  return null;
}

export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}
