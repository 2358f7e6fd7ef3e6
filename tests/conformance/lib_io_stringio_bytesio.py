# io.StringIO and io.BytesIO: read/readline/readlines/seek/tell/truncate/getvalue, newline
# handling, iteration, writes in the middle, closed-file errors, and argument errors.
import io

s = io.StringIO('line one\nline two\nlast')
print(repr(s.read(4)), s.tell(), repr(s.readline()), repr(s.readline(3)), s.tell())
print(s.readlines(), repr(s.read()), s.seek(0), repr(s.read()), s.seek(5), repr(s.read(3)))
w = io.StringIO()
print(w.write('hello'), w.write(' world'), w.tell(), repr(w.getvalue()))
w.seek(0)
w.write('HE')
print(repr(w.getvalue()), w.tell(), w.seek(0, 2), w.truncate(5), repr(w.getvalue()), w.tell())
w.seek(10)
w.write('!')
print(repr(w.getvalue()))
print([line for line in io.StringIO('a\nb\n\nc')], list(io.StringIO('')), io.StringIO('x').readable(), io.StringIO().seekable())
print(repr(io.StringIO('a\r\nb\rc\n', newline=None).read()), repr(io.StringIO('a\r\nb', newline='').read()))
print(io.StringIO('a\r\nb\rc').readlines(), io.StringIO('a\r\nb\rc', newline='').readlines())
n = io.StringIO(newline='\r\n')
n.write('x\ny\n')
print(repr(n.getvalue()))
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5), lambda: io.StringIO(5), lambda: w.write(b'x'),
            lambda: s.read('x'), lambda: io.StringIO('', newline='x')]:
    try:
        print(bad())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for name, f in [('read', s.read), ('write', lambda: s.write('x')), ('getvalue', s.getvalue), ('tell', s.tell), ('seek', lambda: s.seek(0)), ('iter', lambda: next(iter(s)))]:
    try:
        f()
    except ValueError as e:
        print(name, type(e).__name__, e)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b'\x00\x01binary\ndata')
print(b.read(2), b.tell(), b.readline(), b.read(), b.seek(0), b.read1(3), b.getbuffer().nbytes, b.readable())
bw = io.BytesIO()
print(bw.write(b'abc'), bw.write(bytearray(b'de')), bw.write(memoryview(b'fg')), bw.getvalue(), bw.tell())
bw.seek(1)
bw.write(b'ZZ')
print(bw.getvalue(), bw.truncate(3), bw.getvalue(), bw.seek(0, 2), bw.seek(-2, 2), bw.read())
buf = bytearray(4)
r = io.BytesIO(b'xyz')
print(r.readinto(buf), buf, io.BytesIO(b'a\nb\n').readlines(), list(io.BytesIO(b'1\n2')))
for bad in [lambda: bw.write('str'), lambda: io.BytesIO('str'), lambda: bw.seek(-1), lambda: bw.seek(0, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bw.close()
for name, f in [('read', bw.read), ('write', lambda: bw.write(b'x')), ('getvalue', bw.getvalue)]:
    try:
        f()
    except ValueError as e:
        print(name, type(e).__name__, e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.UnsupportedOperation, OSError))
