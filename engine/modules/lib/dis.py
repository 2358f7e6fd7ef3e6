"""Disassembler of Python byte code into mnemonics."""

# glasspy: modelled on CPython 3.11's Lib/dis.py; the listing format, the argument
# descriptions and the exception-table section are CPython's.  The code objects are the ones
# glasspy's compiler produced and its VM runs.  The VM does not specialise instructions, so
# adaptive=True shows the same listing as adaptive=False (co._co_code_adaptive == co.co_code).

import sys
import types
import collections
import io

from opcode import *
from opcode import (
    __all__ as _opcodes_all,
    _cache_format,
    _inline_cache_entries,
    _nb_ops,
    _specializations,
    _specialized_instructions,
)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']

CACHE = opmap["CACHE"]

# Per-instruction membership tests use sets; the public lists stay lists, as in opcode.
_hasconst = frozenset(hasconst)
_hasname = frozenset(hasname)
_hasjrel = frozenset(hasjrel)
_hasjabs = frozenset(hasjabs)
_haslocal_or_free = frozenset(haslocal + hasfree)
_hascompare = frozenset(hascompare)

# The specialised instructions take the unused opcode numbers, in family order.
_all_opname = list(opname)
_all_opmap = dict(opmap)
_free_slots = [code for code, name in enumerate(_all_opname) if name.startswith("<")]
for _code, _name in zip(_free_slots, _specialized_instructions):
    _all_opname[_code] = _name
    _all_opmap[_name] = _code
del _free_slots, _code, _name

deoptmap = {}
for _base, _family in _specializations.items():
    for _name in _family:
        deoptmap[_name] = _base
del _base, _family, _name


def _try_compile(source, name):
    """Compile source as an expression if it is one, otherwise as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    """The code object behind a method, function, generator or coroutine (else x)."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):  # a class or a module: everything in it that has code
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


# Names of the co_flags bits, for pretty_flags (inspect reads this table too).
COMPILER_FLAG_NAMES = {
     1: "OPTIMIZED",
     2: "NEWLOCALS",
     4: "VARARGS",
     8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
   128: "COROUTINE",
   256: "ITERABLE_COROUTINE",
   512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# Sentinel for values that cannot be worked out (a constant with no co_consts to look in).
UNKNOWN = _Unknown()


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _deoptop(op):
    name = _all_opname[op]
    if name in deoptmap:
        return _all_opmap[deoptmap[name]]
    return op


def _get_code_array(co, adaptive):
    if adaptive:
        return co._co_code_adaptive
    return co.co_code


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        lines.append("Constants:")
        lines.extend("%4d: %r" % item for item in enumerate(co.co_consts))
    for title, seq in (("Names:", co.co_names),
                       ("Variable names:", co.co_varnames),
                       ("Free variables:", co.co_freevars),
                       ("Cell variables:", co.co_cellvars)):
        if seq:
            lines.append(title)
            lines.extend("%4d: %s" % item for item in enumerate(seq))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
     'starts_line', 'is_jump_target', 'positions'],
    defaults=[None]
)

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry",
    "start end target depth lasti")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        name, _, arg, _, argrepr, offset, starts_line, is_jump_target, _ = self
        fields = []
        if lineno_width:
            if starts_line is None:
                fields.append(' ' * lineno_width)
            else:
                fields.append(str(starts_line).rjust(lineno_width))
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if is_jump_target else '  ')
        fields.append(repr(offset).rjust(offset_width))
        fields.append(name.ljust(_OPNAME_WIDTH))
        if arg is not None:
            fields.append(repr(arg).rjust(_OPARG_WIDTH))
            if argrepr:
                fields.append('(' + argrepr + ')')
        return ' '.join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(_get_code_array(co, adaptive),
                                   co._varname_from_oparg,
                                   co.co_names, co.co_consts,
                                   linestarts, line_offset,
                                   co_positions=co.co_positions(),
                                   show_caches=show_caches)


def _get_const_value(op, arg, co_consts):
    """The constant a hasconst instruction refers to, or UNKNOWN."""
    assert op in hasconst
    if op == LOAD_CONST and co_consts is not None:
        return co_consts[arg]
    return UNKNOWN


def _get_const_info(op, arg, co_consts):
    """The constant a hasconst instruction refers to and its repr ('' if unknown)."""
    argval = _get_const_value(op, arg, co_consts)
    if argval is UNKNOWN:
        return argval, ''
    return argval, repr(argval)


def _get_name_info(name_index, get_name, **extrainfo):
    """A name as both value and repr, or (UNKNOWN, '') without a way to look it up."""
    if get_name is None:
        return UNKNOWN, ''
    name = get_name(name_index, **extrainfo)
    return name, name


def _parse_varint(iterator):
    # Exception-table numbers: 6 bits a byte, most significant first, bit 6 = more follows.
    b = next(iterator)
    val = b & 63
    while b & 64:
        b = next(iterator)
        val = (val << 6) | (b & 63)
    return val


def _parse_exception_table(code):
    iterator = iter(code.co_exceptiontable)
    entries = []
    while True:
        try:
            start = _parse_varint(iterator) * 2
        except StopIteration:
            return entries
        length = _parse_varint(iterator) * 2
        target = _parse_varint(iterator) * 2
        dl = _parse_varint(iterator)
        entries.append(_ExceptionTableEntry(start, start + length, target, dl >> 1, bool(dl & 1)))


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _get_instructions_bytes(code, varname_from_oparg=None,
                            names=None, co_consts=None,
                            linestarts=None, line_offset=0,
                            exception_entries=(), co_positions=None,
                            show_caches=False):
    """Iterate over the instructions in a bytecode string.

    Generates a sequence of Instruction namedtuples giving the details of each
    opcode.  Additional information about the code's runtime environment
    (e.g. variable names, co_consts) can be specified using optional
    arguments.

    """
    co_positions = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    for entry in exception_entries:
        if entry.end > entry.start:
            labels.add(entry.target)
    starts_line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        is_jump_target = offset in labels
        argval = None
        argrepr = ''
        positions = Positions(*next(co_positions, ()))
        deop = _deoptop(op)
        if arg is not None:
            argval = arg
            if deop in _hasconst:
                argval, argrepr = _get_const_info(deop, arg, co_consts)
            elif deop in _hasname:
                if deop == LOAD_GLOBAL:
                    # The low bit asks for a NULL pushed before the global (a call follows).
                    argval, argrepr = _get_name_info(arg // 2, get_name)
                    if (arg & 1) and argrepr:
                        argrepr = "NULL + " + argrepr
                else:
                    argval, argrepr = _get_name_info(arg, get_name)
            elif deop in _hasjabs:
                argval = arg * 2
                argrepr = "to " + repr(argval)
            elif deop in _hasjrel:
                delta = -arg if _is_backward_jump(deop) else arg
                argval = offset + 2 + delta * 2
                argrepr = "to " + repr(argval)
            elif deop in _haslocal_or_free:
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif deop in _hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif deop == FORMAT_VALUE:
                converter, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (converter, bool(arg & 0x4))
                if argval[1]:
                    argrepr = argrepr + ', with format' if argrepr else 'with format'
            elif deop == MAKE_FUNCTION:
                argrepr = ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << bit))
            elif deop == BINARY_OP:
                argrepr = _nb_ops[arg][1]
        yield Instruction(_all_opname[op], op,
                          arg, argval, argrepr,
                          offset, starts_line, is_jump_target, positions)
        ncaches = _inline_cache_entries[deop]
        if not ncaches:
            continue
        if not show_caches:
            # The cache entries have positions too: skip theirs.
            for _ in range(ncaches):
                next(co_positions, ())
            continue
        for field, size in _cache_format[opname[deop]].items():
            for i in range(size):
                offset += 2
                # A cache's value is shown only on its first unit, and only once quickened.
                if i == 0 and op != deop:
                    data = code[offset: offset + 2 * size]
                    argrepr = f"{field}: {int.from_bytes(data, sys.byteorder)}"
                else:
                    argrepr = ""
                yield Instruction(
                    "CACHE", CACHE, 0, None, argrepr, offset, None, False,
                    Positions(*next(co_positions, ()))
                )


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    _disassemble_bytes(_get_code_array(co, adaptive),
                       lasti, co._varname_from_oparg,
                       co.co_names, co.co_consts, linestarts, file=file,
                       exception_entries=exception_entries,
                       co_positions=co.co_positions(), show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth,
                                   show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None,
                       names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    # Without line numbers the line column is left out altogether.
    show_lineno = bool(linestarts)
    lineno_width = 0
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names,
                                         co_consts, linestarts,
                                         line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions,
                                         show_caches=show_caches):
        offset = instr[5]
        if show_lineno and instr[6] is not None and offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, offset == lasti, offset_width),
              file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}",
                  file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble                     # the old name, kept for compatibility


# Opargs are C ints: an EXTENDED_ARG prefix past 2**31 wraps to a negative value.
_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)


def _unpack_opargs(code):
    extended_arg = 0
    skip = 0
    for i in range(0, len(code), 2):
        if skip:  # an inline CACHE unit of the previous instruction
            skip -= 1
            continue
        op = code[i]
        deop = _deoptop(op)
        skip = _inline_cache_entries[deop]
        if deop >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if deop == EXTENDED_ARG else 0
            if extended_arg >= _INT_OVERFLOW:
                extended_arg -= 2 * _INT_OVERFLOW
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        if op in _hasjrel:
            label = offset + 2 + (-arg if _is_backward_jump(op) else arg) * 2
        elif op in _hasjabs:
            label = arg * 2
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _find_imports(co):
    """Find import statements in the code

    Generate triplets (name, level, fromlist) where
    name is the imported module and level, fromlist are
    the corresponding args to __import__.
    """
    IMPORT_NAME = opmap['IMPORT_NAME']
    consts = co.co_consts
    names = co.co_names
    opargs = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code)
              if op != EXTENDED_ARG]
    for i, (op, oparg) in enumerate(opargs):
        if op == IMPORT_NAME and i >= 2:
            from_op = opargs[i - 1]
            level_op = opargs[i - 2]
            if from_op[0] in hasconst and level_op[0] in hasconst:
                level = _get_const_value(level_op[0], level_op[1], consts)
                fromlist = _get_const_value(from_op[0], from_op[1], consts)
                yield (names[oparg], level, fromlist)


def _find_store_names(co):
    """Find names of variables which are written in the code

    Generate sequence of strings
    """
    store_ops = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    names = co.co_names
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in store_ops:
            yield names[arg]


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """
    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       co._varname_from_oparg,
                                       co.co_names, co.co_consts,
                                       self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__,
                                 self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _disassemble_bytes(_get_code_array(co, self.adaptive),
                               varname_from_oparg=co._varname_from_oparg,
                               names=co.co_names, co_consts=co.co_consts,
                               linestarts=self._linestarts,
                               line_offset=self._line_offset,
                               file=output,
                               lasti=offset,
                               exception_entries=self.exception_entries,
                               co_positions=co.co_positions(),
                               show_caches=self.show_caches)
            return output.getvalue()


def main():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    main()
