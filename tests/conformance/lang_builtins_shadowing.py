# Shadowing builtins: module globals, locals, del to restore, the builtins module itself.
import builtins
print(len('abc'), builtins.len is len, type(__builtins__).__name__ in ('module', 'dict'))
len = lambda x: 'shadowed len'
print(len('abc'), builtins.len('abc'))
del len
print(len('abc'))

def local_shadow():
    list = 'a local list'
    return list, __builtins__ is not None

print(local_shadow(), list('xy'))

def uses_print():
    print = lambda *a: builtins.print('custom:', *a)
    print('hello')
uses_print()
print('back to normal')

original_abs = builtins.abs
builtins.abs = lambda x: 'patched abs'
print(abs(-5), eval('abs(-1)'))
builtins.abs = original_abs
print(abs(-5))

builtins.brand_new_builtin = 'visible everywhere'
print(brand_new_builtin, eval('brand_new_builtin'))
del builtins.brand_new_builtin

class UsesBuiltinNames:
    type = 'class attr named type'
    def method(self):
        return type(self).__name__, self.type
    id = property(lambda self: 'instance id')
print(UsesBuiltinNames().method(), UsesBuiltinNames().id)

def nested():
    sum = 'outer sum'
    def inner():
        return sum
    return inner()
print(nested(), sum([1, 2]))
g = {'__builtins__': {'len': lambda x: 42}}
print(eval('len([1, 2, 3])', g), eval('len', {'__builtins__': {}}, {'len': 'from locals'}))
def attempt(label, src, env):
    try:
        print(label, eval(src, env))
    except NameError as e:
        print(label, 'NameError:', e)
attempt('no builtins', 'abs(-1)', {'__builtins__': {}})
attempt('custom builtins', 'max(1, 2)', {'__builtins__': {'max': min}})
True_ = True
print(True_, None.__class__.__name__, getattr(builtins, 'True'), getattr(builtins, 'None') is None)
for name in ['print', 'len', 'object', 'Exception', 'ValueError', '__import__', 'open', 'NotImplemented', 'Ellipsis']:
    print(name, name in dir(builtins), type(getattr(builtins, name)).__name__)
del print
print('print restored after del of a global that was never set?')
