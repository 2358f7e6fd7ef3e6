# SyntaxWarnings raised while compiling: where they are reported and which source line is shown.
print('start')
x = 5
print(x is 5)
src = 'y = 1\nprint(y is 1, "literal compared by identity")\n'
exec(src)
exec(compile(src, '<generated>', 'exec'))
eval("'abc' is 'abc'")
code = compile('z = 2\nprint(z is not 2)', 'virtual.py', 'exec')
print('compiled', code.co_filename)
def check(n):
    return n is not 0
print(check(0), check(1))
print(eval('[1, 2] is [1, 2]'))
exec('if 1 is 1: print("one is one")')
print('end')
