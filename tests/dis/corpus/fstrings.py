# f-strings: multi-line (triple-quoted) fields, implicit concatenation, nested format specs.
def triple_quoted(a, b):
    return f'''a={a}
b={b}
  sum={a + b}'''
def field_split_over_lines(a, b):
    return f'''{a
    + b} and {
b}'''
def concatenated_with_spec(h, m, us):
    return (f'{h:02d}:{m:02d}'
            f'.{us:06d}')
def concatenated_nested_spec(x, w, p):
    return (f'{x}'
            f'{x:{w}.{p}f}'
            'plain')
def raw_multiline_pattern(delim, ident):
    return rf"""
    {delim}(?:
      (?P<escaped>{delim}) |
      (?P<named>{ident})
    )"""
def html_like(title, body):
    return f'''<html>
<head><title>{title}</title></head>
<body>{body!r:>{len(title)}}</body>
</html>'''
def debug_multiline(a):
    return f'''{a=}
{a = !s}'''
def specs_mixed(a, w, p):
    return (f'{a}'
            f'{a:>{w}}' f'{a:{w}x}' f'{a:x{w}}'
            f'''{a:{w}.{p}
}''' f'{a:{{w}}}')
def spec_in_single_literal(a, w): return f'{a:0{w}d}|{a:<{w}}|{a:{w}}'
