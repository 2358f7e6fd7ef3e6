import sys
print(sys.version_info[:3], sys.version_info.major, sys.platform, sys.maxsize, sys.byteorder)
print(type(sys.argv).__name__, sys.argv[0].endswith("mod_sys_basics.py"), "sys" in sys.modules, sys.getrecursionlimit())
print(sys.float_info.max, sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.intern("abc") is sys.intern("abc"))
