# Mutating containers while iterating them: CPython's RuntimeErrors and what lists allow.
def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as ex:
        print(label, '-> EXC', type(ex).__name__, ex)
def dict_add():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0
def dict_replace():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 0
    return seen
def dict_values_mut():
    d = {1: 1}
    for v in d.values():
        d[5] = 5
def dict_items_pop():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
def dict_value_update_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d
def set_add():
    s = {1}
    for x in s:
        s.add(x + 1)
def set_discard_add():
    s = {1, 2}
    for x in s:
        s.discard(x)
        s.add(x + 100)
def list_remove():
    l = [1, 2, 3]
    for x in l:
        if x == 1:
            l.remove(x)
    return l
def list_grow():
    l = [1]
    for x in l:
        if len(l) < 5:
            l.append(x + 1)
    return l
def dict_reversed_mut():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
def sorted_mut():
    l = [3, 1, 2]
    return sorted(l, key=lambda x: l.append(0) or x)
def sort_mut():
    l = [3, 1, 2]
    l.sort(key=lambda x: l.append(0) or x)
for name, fn in list(globals().items()):
    if callable(fn) and name != 't':
        t(name, fn)
it = iter({'a': 1, 'b': 2})
print(it.__length_hint__(), next(it), it.__length_hint__())
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
d = {Key(1): 'a', Key(2): 'b'}
print(d[Key(2)])
s = {Key(1), Key(1), Key(3)}
print(len(s))
class Evil:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        victim.clear()
        return False
victim = {Evil(): 1, 0: 2}
t('lookup after __eq__ cleared the dict', lambda: victim[0])
class ClearsList:
    def __eq__(self, o):
        shared.clear()
        return False
shared = [ClearsList(), 0]
t('list.index', lambda: shared.index(0))
shared = [ClearsList(), 0]
t('in list', lambda: 0 in shared)
shared = [ClearsList(), 0, 0]
t('list.count', lambda: shared.count(0))
shared = [ClearsList(), ClearsList(), 1]
t('list.remove', lambda: shared.remove(1))
print(shared)
d2 = {'x': 1}
for key in d2:
    d2['y'] = 2
