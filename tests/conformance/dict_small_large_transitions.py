# Dicts move between the small (scanned) and indexed forms: random inserts/deletes of str and
# non-str keys, instance dicts growing past eight attributes and shrinking, exec globals.
import random
random.seed(7)
d = {}
ops = []
keys = [f'k{i}' for i in range(30)] + list(range(30)) + [1.5, (1, 2), 'a' * 3]
for step in range(4000):
    k = random.choice(keys)
    r = random.random()
    if r < 0.5:
        d[k] = step
    elif r < 0.8:
        d.pop(k, None)
    elif r < 0.9:
        ops.append(d.get(k))
    else:
        ops.append(k in d)
    if step % 500 == 0:
        print(step, len(d), list(d.items())[:6], sum(1 for _ in d))
print(len(ops), ops[-20:], sorted(d.items(), key=repr)[:10])
class C: pass
c = C()
for i in range(20):
    setattr(c, f'a{i}', i)
for i in range(0, 20, 3):
    delattr(c, f'a{i}')
print(vars(c), c.a19, hasattr(c, 'a0'))
c.a0 = 'back'; print(list(vars(c))[-1], len(vars(c)))
g = {}
exec("x = 1\ny = 2\nfor i in range(12): globals()['v%d' % i] = i\ndel v3", g)
print(sorted(k for k in g if k != '__builtins__'))
