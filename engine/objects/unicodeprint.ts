// ## Which characters repr() shows as themselves (Py_UNICODE_ISPRINTABLE):
// everything except the "Other" categories (Cc, Cf, Cs, Co, Cn) and separators other than space.
const NONPRINTABLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp >= 0x20;
  return !NONPRINTABLE.test(String.fromCodePoint(cp));
}
