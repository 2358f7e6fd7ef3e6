# str predicates over Unicode: isdecimal/isdigit/isnumeric/isalpha/isalnum/isspace/isascii.
samples = ['123', '٣٤', '²', '½', 'Ⅻ', '一', '', ' ', '\t\n', '\u3000', 'abc', 'Ωμέγα', 'ǅ', 'a1', '1.5', '-1',
           'ⅷ', '𝟗', '①', '\u00a0', '\u200b', 'ß', 'ﬁ', '_', 'A_1']
print('sample', 'decimal', 'digit', 'numeric', 'alpha', 'alnum', 'space', 'ascii', 'upper', 'lower', 'title')
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(),
          s.isupper(), s.islower(), s.istitle())
print(int('٣٤'), float('٣.٥'), int('𝟗'), int('\u0661\u0662'), int(' ١٢ '))
def attempt(label, fn):
    try:
        print(label, fn())
    except ValueError as e:
        print(label, 'ValueError:', e)
attempt('int superscript', lambda: int('²'))
attempt('int fraction', lambda: int('½'))
attempt('int roman', lambda: int('Ⅻ'))
attempt('float circled', lambda: float('①'))
print('ǅungla'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), "Don'T".istitle(), 'A1b'.istitle())
print('ABC'.isupper(), 'ABc'.isupper(), 'ǅ'.isupper(), 'Σ'.isupper(), 'ß'.islower(), 'ª'.islower(), 'Ⅻ'.isupper(), 'ⅷ'.islower())
print('ΣΑΣ ΣΑΣ'.lower(), 'αΣ'.lower(), 'Σ'.lower(), 'aΣb'.lower(), 'ΑΣ.'.lower(), 'ΑΣ\'Β'.lower())
int('Ⅻ')
