name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}|{n:,}", f"{pi:.3f} {pi:10.2e} {pi:%}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"{name!r} {name!s:>8} {name!a}")
print(f"{n=}", f"{n + 1 = }", f"{name=!s}", f"{'nested'}", f"{{literal}}")
print(f"{1_000_000:_}", f"{0.5:.0%}", f"{-3:+d}", f"{3: d}", f"{'x':*^9}")
