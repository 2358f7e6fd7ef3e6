"""
opcode module - potentially shared between dis and other modules which
operate on bytecodes (e.g. peephole optimizers).
"""

# glasspy: the table is the compiler's own (engine/compiler/opcode.ts), handed over by the
# native _opcode module, so what dis shows is what the compiler emits and the VM runs.
import _opcode
from _opcode import stack_effect

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = _opcode._cmp_op

hasconst = list(_opcode._hasconst)
hasname = list(_opcode._hasname)
hasjrel = list(_opcode._hasjrel)
hasjabs = list(_opcode._hasjabs)
haslocal = list(_opcode._haslocal)
hascompare = list(_opcode._hascompare)
hasfree = list(_opcode._hasfree)
hasnargs = list(_opcode._hasnargs)  # unused

opname = list(_opcode._opname)
opmap = dict(_opcode._opmap)

HAVE_ARGUMENT = _opcode._HAVE_ARGUMENT
EXTENDED_ARG = _opcode._EXTENDED_ARG

_nb_ops = list(_opcode._nb_ops)

_specializations = {base: list(family) for base, family in _opcode._specializations.items()}
_specialized_instructions = [
    opcode for family in _specializations.values() for opcode in family
]
_specialization_stats = [
    "success",
    "failure",
    "hit",
    "deferred",
    "miss",
    "deopt",
]

_cache_format = {family: dict(fields) for family, fields in _opcode._cache_format.items()}

_inline_cache_entries = [
    sum(_cache_format.get(opname[opcode], {}).values()) for opcode in range(256)
]

del _opcode
