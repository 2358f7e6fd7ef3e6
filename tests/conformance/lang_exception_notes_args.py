# Exception objects: args, str/repr, add_note (3.11), with_traceback, attributes of subclasses.
e = ValueError('bad value', 42)
print(e.args, str(e), repr(e), e.__notes__ if hasattr(e, '__notes__') else 'no notes')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), str(IndexError()))
print(repr(OSError(2, 'No such file')), OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror, str(OSError(2, 'x', 'f.txt')))
print(type(OSError(2, 'x')).__name__, FileNotFoundError.__mro__[1].__name__, isinstance(FileNotFoundError(), OSError))
si = StopIteration('value')
print(si.value, StopIteration().value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__base__.__name__)
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ae = AttributeError('msg', name='attr', obj=5)
print(ae.name, ae.obj, NameError('n', name='zz').name)
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
err = AppError(404, 'not found')
print(err, repr(err), err.args, err.code)
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit()), str(NoInit('only')), NoInit.__module__)
try:
    try:
        raise ValueError('inner')
    except ValueError as inner:
        raise TypeError('outer') from inner
except TypeError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('while handling')
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
tb_exc = RuntimeError('with tb')
print(tb_exc.with_traceback(None) is tb_exc, tb_exc.__traceback__)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as ex:
        print(label, type(ex).__name__ + ':', ex)
attempt('add_note int', lambda: ValueError().add_note(5))
attempt('bad cause', lambda: setattr(ValueError(), '__cause__', 5))
attempt('raise non-exception', lambda: exec('raise 5'))
attempt('raise class not exception', lambda: exec('raise int'))
attempt('exception kw', lambda: ValueError(x=1))
notes_err = KeyError('missing')
notes_err.add_note('Hint: check the spelling')
notes_err.add_note('Available: a, b')
raise notes_err
