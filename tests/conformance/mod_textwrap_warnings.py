import textwrap, warnings
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a b c d e f g", 5), textwrap.shorten("Hello  world, this is a test", width=15))
print(repr(textwrap.dedent("    line one\n      line two\n    line three\n")), repr(textwrap.indent("a\nb\n", "> ")))
print(textwrap.fill("supercalifragilisticexpialidocious is long", 10))
warnings.warn("careful now")
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
print(len(w), str(w[0].message), w[0].category.__name__)
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
