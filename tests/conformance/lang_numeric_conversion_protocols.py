# Conversion protocols: __int__/__index__/__trunc__/__float__/__complex__/__bytes__/__round__ and their errors.
import math
def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as ex:
        print(label, '-> EXC', type(ex).__name__, ex)
class I:
    def __int__(self): return 7
class IBad:
    def __int__(self): return 'x'
class ISub:
    def __int__(self): return True
class T:
    def __trunc__(self): return 9
class TBad:
    def __trunc__(self): return 1.5
class F:
    def __float__(self): return 2.5
class FBad:
    def __float__(self): return 1
class FSub:
    def __float__(self):
        class G(float): pass
        return G(3.5)
class Idx:
    def __index__(self): return 4
class R:
    def __round__(self, n=None): return ('round', n)
class C:
    def __complex__(self): return 1j
class B:
    def __bytes__(self): return b'bytes!'
class BBad:
    def __bytes__(self): return 'str'
class LH:
    def __length_hint__(self): return 5
t('int(I)', lambda: int(I()))
t('int(IBad)', lambda: int(IBad()))
t('int(ISub)', lambda: int(ISub()))
t('int(T)', lambda: int(T()))
t('int(TBad)', lambda: int(TBad()))
t('int(F)', lambda: int(F()))
t('int(Idx)', lambda: int(Idx()))
t('float(F)', lambda: float(F()))
t('float(FBad)', lambda: float(FBad()))
t('float(FSub)', lambda: float(FSub()))
t('float(Idx)', lambda: float(Idx()))
t('float(I)', lambda: float(I()))
t('complex(F)', lambda: complex(F()))
t('complex(C)', lambda: complex(C()))
t('round(R)', lambda: round(R()))
t('round(R, 2)', lambda: round(R(), 2))
t('round(I)', lambda: round(I()))
t('bytes(B)', lambda: bytes(B()))
t('bytes(BBad)', lambda: bytes(BBad()))
t('bytearray(B)', lambda: bytearray(B()))
t('math.trunc(T)', lambda: math.trunc(T()))
t('math.floor(F)', lambda: math.floor(F()))
t('math.ceil(2.1)', lambda: math.ceil(2.1))
t('operator.index', lambda: __import__('operator').index(Idx()))
t('length_hint', lambda: __import__('operator').length_hint(LH()))
t('length_hint list', lambda: __import__('operator').length_hint([1, 2], 9))
t('int base on Idx', lambda: int('11', Idx()))
t('int of bytes base', lambda: int(b'ff', 16))
t('hex(Idx)', lambda: hex(Idx()))
t('range(Idx)', lambda: list(range(Idx())))
t('bool(Idx)', lambda: bool(Idx()))
t('str(I)', lambda: str(I()).startswith('<'))
t('abs(F)', lambda: abs(F()))
t('divmod(I, 2)', lambda: divmod(I(), 2))
int(TBad())
