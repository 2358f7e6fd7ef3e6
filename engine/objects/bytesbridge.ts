// ## bytes as other types see them: the raw data of bytes-like objects, and new bytes.
import type { PyObject } from './object.js';
import { PyBytes, PyByteArray } from './bytesobject.js';

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
export function bytesData(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyByteArray) return o.data.subarray(0, o.length);
  const v = (o as { view?: () => Uint8Array }).view;
  return typeof v === 'function' ? v.call(o) : null;
}

export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}
