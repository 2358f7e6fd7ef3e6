# The format-spec mini-language applied to floats: precision, e/f/g/%, alternate form, z.
values = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 6.02e23, float('inf'), float('-inf'), float('nan')]
specs = ['', 'f', '.0f', '.2f', '+.3f', ' .1f', '10.2f', '<10.1f', '^12.3e', 'e', '.3E', 'g', '.3g', '#.3g', 'G', '%', '.1%',
         ',', ',.2f', '_.1f', '010.2f', '+012,.2f', '#.0f', '#.0e', 'z.1f', 'z.0f', '.10g', 'n', '.0e', '=+10.1f']
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f'<{e}>')
    print(f'{spec!r:10}', ' | '.join(row))
print(format(1e16, ''), format(1e16, '.17g'), format(123.0, ''), format(0.1, '.20f'), format(2.5, '.0f'), format(3.5, '.0f'))
print(format(1 / 3, '.15g'), format(1 / 3, '.16g'), format(1 / 3, '.17g'), format(-1e-320, 'g'), format(5e-324, '.3e'))
print(format(0.000123456, 'g'), format(123456789.0, 'g'), format(1e15, 'g'), format(1e16, 'g'), format(100.0, '.2'), format(1e5, '.3'))
print(f'{2.675:.2f}', f'{1.005:.2f}', f'{0.5:.0%}', f'{-0.004:z.2f}', f'{-0.004:.2f}', f'{12:.3f}', f'{True:.1f}')
print('{:.{}f}'.format(3.14159, 3), '{:{fill}{align}{width}.{prec}f}'.format(2.5, fill='*', align='^', width=12, prec=2))
print('%.3f %e %g %G %10.2f %-8.1f| %+.2e %%' % (1.23456, 12345.678, 0.00001234, 1e-10, 3.14159, 2.5, -123.456))
print('%.0f %.0f %.0f %#.0f %5.1f%% %r %s' % (0.5, 1.5, 2.5, 3.0, 99.44, 0.1, 1e100))
def attempt(spec, value=1.5):
    try:
        print(repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__ + ':', e)
for bad in ['d', 'x', 'c', ',_', '.f', '10.2q', 'b', 's', 'z']:
    attempt(bad)
format(2.0, 'i')
