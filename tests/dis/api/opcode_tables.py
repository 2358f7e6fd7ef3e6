# The opcode module and dis's opcode tables, and stack_effect for every opcode.
import dis, opcode
print(opcode.__all__)
print(dis.__all__)
print(len(opcode.opname), opcode.opname)
print(sorted(opcode.opmap.items()))
for name in ('hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs'):
    print(name, getattr(dis, name), getattr(opcode, name) is getattr(dis, name))
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(opcode._inline_cache_entries)
print(opcode._nb_ops)
print(opcode._specializations)
print(opcode._specialized_instructions)
print(opcode._cache_format)
print(opcode._specialization_stats)
print(dis._all_opname)
print(sorted(dis.deoptmap.items()))
print(dis.COMPILER_FLAG_NAMES)
for flags in (0, 1, 3, 0x23, 0x43, 0x10000, 0x1000003, 0x80000000):
    print(hex(flags), dis.pretty_flags(flags))
print(dis.UNKNOWN, dis.FORMAT_VALUE_CONVERTERS, dis.MAKE_FUNCTION_FLAGS)
for op in range(-12, 257):
    name = opcode.opname[op] if 0 <= op < 256 else op
    results = []
    for arg in ((None,) if op < opcode.HAVE_ARGUMENT else (0, 1, 2, 3, 7, 256 + 3)):
        for jump in (None, True, False):
            try:
                results.append(opcode.stack_effect(op, arg, jump=jump))
            except ValueError as e:
                results.append(str(e))
    print(op, name, results)
for args, kw in (((1, 1), {}), ((100,), {}), ((1,), {'jump': 1}), ((), {}), ((100, 0, 0), {}), ((-1,), {})):
    try:
        print(dis.stack_effect(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
