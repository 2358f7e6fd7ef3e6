# The format-spec mini-language applied to ints: fill, align, sign, #, 0, grouping, types.
values = [0, 7, -7, 255, -255, 1234567, -9876543210, 2 ** 64]
specs = ['', 'd', '+d', ' d', '-d', '10d', '<10d', '>10', '^10', '=+10', '*^11', '010', '+010', ',', '_', '012,',
         '_x', '#x', '#X', '#o', '#b', 'b', 'o', 'x', 'X', '#010x', '08b', 'c', 'n', '%', 'e', '.2f', 'g', 'E', '_b', '#_o']
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(f'<{type(e).__name__}: {e}>')
    print(f'{spec!r:9}', ' | '.join(row))
print(format(True, 'd'), format(False, '>5'), format(True, '#x'), f'{True:+}', f'{65:c}{66:c}', f'{0x1F600:c}')
print('{:,}'.format(10 ** 30), '{:_x}'.format(0xDEADBEEFCAFE), '{:#_b}'.format(255), '{:0=+12,}'.format(1234567))
print(f'{-0:+}', f'{-1:=8}', f'{42:x<8}', f'{42:🙂^9}', f'{-42:0>8}', f'{-42:08}', f'{1000000:010,}', f'{12345:09_}')
class MyInt(int):
    pass
print(format(MyInt(17), '#x'), f'{MyInt(5):05}', '{0:{1}}'.format(33, '>6'), '{:{w}{t}}'.format(255, w=10, t='b'))
def attempt(spec, value=42):
    try:
        print(repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ':', e)
for bad in ['.2d', ',x', '_c', '+c', 'z', 'xx', ',_', '_,', '#c', '=c', '10.1', 's']:
    attempt(bad)
attempt('c', -1)
attempt('c', 0x110000)
attempt(',n')
format(7, 'q')
