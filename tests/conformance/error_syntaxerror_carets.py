# How an uncaught SyntaxError's caret line is drawn for each kind of end position
# (pythonrun.c print_error_text, as sys.excepthook prints it).
import sys

cases = [
    ('f', 1, 3, 'abcdefgh\n', 1, 6),      # a range on one line
    ('f', 1, 3, 'abcdefgh\n', 1, None),   # no end column: one caret
    ('f', 1, 3, 'abcdefgh\n', None, None),
    ('f', 1, 3, 'abcdefgh\n', 2, None),   # runs onto the next line: to the end of this one
    ('f', 1, 3, 'abcdefgh\n', 2, 5),
    ('f', 1, 3, 'abcdefgh\n', 1, -1),
    ('f', 1, 3, 'abcdefgh\n', 1, 0),
    ('f', 1, 3, '    abcdefgh\n', 1, 9),  # leading whitespace is stripped with the offsets
    ('f', 1, 2, '    abcdefgh\n', 1, 9),  # a caret left of the text is not drawn
    ('f', 1, 30, 'abc\n', 1, 40),         # clipped to the text
    ('f', 1, 3, None, 1, 5),              # no text: no source line
]
for details in cases:
    try:
        raise SyntaxError('m', details)
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)

for src in ['from __future__ import braces', 'from __future__ import nope', 'x = 1\nbreak']:
    try:
        compile(src, 'm.py', 'exec')
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)
