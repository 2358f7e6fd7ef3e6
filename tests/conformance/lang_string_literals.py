# String and bytes literals: escapes, raw strings, implicit concatenation, named Unicode escapes.
print('tab:\t|newline:\\n|quote:\'|dq:\"|backslash:\\|bell:\a|'.encode())
print(repr('\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}'))
print(repr('\0\7\77\777'), len('\777'), ord('\777'))
print(r'raw \n stays', R'also raw \t', r'\\', len(r'\n'), rb'raw\bytes', Rb'\x00', br'\d')
print('implicit' ' ' "concatenation", 'a' 'b' 'c' == 'abc', ('multi'
      'line'
      'join'))
print(b'bytes \x00\xff\n', b'\101', b'\u00e9', len(b'\u00e9'), bytes(b'a' b'b'))
print("""triple "double" quotes""", '''triple 'single' quotes''', """with
newline""")
print('line \
continuation', 'x\
y')
print(repr('\r\n'), repr('\v\f'), repr('\x7f\x80\xa0\xad'), repr('\u2028\u200b\ufeff'), repr('\U0010ffff'))
print(ascii('naïve ☃ \U0001F600'), ascii(b'bytes'), ascii('\x00'))
print(repr("'"), repr('"'), repr('\'"'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(str(b'abc'), repr(b"'"), repr(b'"\''), repr(bytearray(b'\'')))
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\xe9', '\N{EM DASH}', '\N{DIGIT ONE}', '\N{latin small letter a}')
print(len('\N{FACE WITH TEARS OF JOY}'), 'é' == 'e\u0301', len('e\u0301'), 'ﬃ'.upper(), 'Ǆ'.lower())
u = 'Ünïcödé'
print(u.encode('utf-8'), u.encode('latin-1'), u.encode('ascii', 'replace'), u.encode('ascii', 'xmlcharrefreplace'), u.encode('ascii', 'backslashreplace'))
print(f"{'x'!r}", f'{chr(955)}', '%s' % '\t'.expandtabs(2))
s = 'The quick brown fox'
print(s[4:9], s[::-1], s[-3:], s[100:], s[:0], s[::5], s[1:-1:3])
print('\\N{not an escape}'[:3], 'C:\\new\\table', repr('C:\\new\\table'))
print(eval(r"'\N{BLACK STAR}'"), eval("b'\\x41'"), eval("'\\u0041'"))
exec(r"x = '\N{NO SUCH CHARACTER NAME}'")
