# textwrap: wrap/fill with options, shorten, dedent, indent with predicate, TextWrapper.
import textwrap

text = ('The quick brown fox jumps over the lazy dog. ' * 3).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25))
print(textwrap.fill(text, width=40, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10, break_long_words=False))
print(textwrap.wrap('well-known hyphen-ated words here', width=12))
print(textwrap.wrap('well-known hyphen-ated words here', width=12, break_on_hyphens=False))
print(textwrap.wrap('a\tb\tc', width=10, expand_tabs=True), textwrap.wrap('a\tb', tabsize=2))
print(textwrap.wrap('  leading and   internal   spaces  ', width=15))
print(textwrap.wrap('  keep   spaces  ', width=40, drop_whitespace=False), textwrap.wrap(''), textwrap.wrap('   '))
print(textwrap.wrap('one two three four five six', width=9, max_lines=2))
print(textwrap.wrap('one two three four five six', width=12, max_lines=2, placeholder='...'))
print(textwrap.wrap('End. Start again', width=40, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!  How are you?', width=15), textwrap.shorten('Hello world', width=11))
print(textwrap.shorten('Hello world and more', width=12, placeholder=' [...]'))
try:
    textwrap.shorten('abc', width=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('abc', width=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('a b c d', width=3, max_lines=1, placeholder='longer')
except ValueError as e:
    print(type(e).__name__, e)
block = '''
    def f():
        return 1
      # odd
    '''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   x\n   \n   y')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\ny', '  ', lambda line: line.startswith('y'))))
w = textwrap.TextWrapper(width=20, initial_indent='* ', subsequent_indent='  ')
print(w.wrap('item one is long enough to wrap twice over'), w.width)
print(w.fill('short'))
