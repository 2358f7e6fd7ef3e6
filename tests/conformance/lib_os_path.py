# os.path (posixpath) string operations and os helpers that do not depend on the machine.
import os
import os.path as op

print(op.join('a', 'b', 'c.txt'), op.join('/abs', 'x'), op.join('a', '/root', 'b'), op.join('a/', 'b'), op.join('', 'x'), op.join('a', ''))
print(op.split('/usr/lib/python3.11/os.py'), op.split('file'), op.split('/'), op.split('dir/'), op.split('//a//b'))
print(op.splitext('archive.tar.gz'), op.splitext('.bashrc'), op.splitext('noext'), op.splitext('a.b/c'), op.splitext('x.'))
print(op.basename('/a/b/c'), op.basename('/a/b/'), op.dirname('/a/b/c'), op.dirname('c'), op.dirname('/'))
print(op.normpath('a//b/./c/../d'), op.normpath('/../x'), op.normpath(''), op.normpath('./'), op.normpath('//a'), op.normpath('///a'))
print(op.isabs('/x'), op.isabs('x'), op.isabs(''), op.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), op.commonprefix([]))
print(op.commonpath(['/usr/lib/x', '/usr/local/y']), op.commonpath(['a/b', 'a/c']), op.commonpath(['/a']))
for bad in [lambda: op.commonpath([]), lambda: op.commonpath(['/a', 'b']), lambda: op.join('a', 5), lambda: op.join(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(op.relpath('/a/b/c', '/a'), op.relpath('/a', '/a/b/c'), op.relpath('/x/y', '/x/y'), op.relpath('a/b', 'a/c/d'))
try:
    op.relpath('')
except ValueError as e:
    print(type(e).__name__, e)
print(op.splitdrive('/x/y'), op.normcase('AbC'), op.expanduser('no_tilde'), op.expandvars('no $UNSET_VAR_XYZ here'))
os.environ['GP_TEST_VAR'] = 'value'
print(op.expandvars('$GP_TEST_VAR/${GP_TEST_VAR}/$$'), os.environ.get('GP_TEST_VAR'), os.getenv('GP_NOPE', 'dflt'))
del os.environ['GP_TEST_VAR']
print('GP_TEST_VAR' in os.environ, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name)
print(op.exists(__file__), op.isfile(__file__), op.isdir(op.dirname(op.abspath(__file__))), op.exists('/definitely/not/here'))
print(op.abspath('x') == op.join(os.getcwd(), 'x'), op.basename(op.abspath(__file__)), op.getsize(__file__) > 100)
print(os.fspath('str/path'), os.fsencode('a'), os.fsdecode(b'b'))
try:
    os.fspath(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.listdir('/definitely/not/here')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
