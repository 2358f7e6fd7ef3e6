# list methods and their error messages.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend(range(2))
a.extend('xy')
a.insert(0, 'first')
a.insert(-1, 'before last')
a.insert(99, 'end')
a.insert(-99, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-3), a.index(1), a.index(1, 3), a.index(5, 0, 6), a.count(1), a.count('q'))
a.remove('first')
print(a)
nums = [n for n in a if isinstance(n, int)]
nums.sort()
print(nums)
nums.sort(key=lambda n: (n % 3, -n), reverse=True)
print(nums)
nums.reverse()
print(nums, nums.copy() == nums, nums.copy() is nums)
nums.clear()
print(nums, len(nums))
b = [1, 2, 3]
b += (4, 5)
b *= 2
print(b, [0] * 3, 2 * ['a'], [1, 2] + [3], [[]] * 2)
c = [1, 2, 3, 4, 5]
c[1:3] = 'ab'
c[::2] = [0, 0, 0]
del c[-1:]
c[len(c):] = [9]
print(c, c[::-1], c[-2:], c[10:], c[1:-1:2])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]], list('abc'), list((1, 2)), list({'k': 1}))
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, repr([None, True, 'x', 1.5]), str(['q']))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__length_hint__())
print([1, 2, 3].__contains__(2), [].__len__(), [5, 6].__getitem__(-1), list.__hash__, 3 in [1, 2, 3])
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
e = [1, 2, 3]
attempt('pop empty', lambda: [].pop())
attempt('pop out of range', lambda: e.pop(5))
attempt('pop str', lambda: e.pop('0'))
attempt('remove missing', lambda: e.remove(7))
attempt('index missing', lambda: e.index(7))
attempt('index in range', lambda: e.index(1, 1))
attempt('getitem range', lambda: e[3])
attempt('setitem range', lambda: e.__setitem__(-4, 0))
attempt('delitem range', lambda: e.__delitem__(3))
attempt('getitem str', lambda: e['a'])
attempt('extended slice size', lambda: e.__setitem__(slice(None, None, 2), [1]))
attempt('slice assign int', lambda: e.__setitem__(slice(0, 1), 5))
attempt('sort mixed', lambda: [1, 'a'].sort())
attempt('sort positional', lambda: e.sort(len))
attempt('sort bad kw', lambda: e.sort(keys=len))
attempt('concat tuple', lambda: e + (1,))
attempt('mul float', lambda: e * 1.5)
attempt('hash', lambda: hash(e))
attempt('insert args', lambda: e.insert(1))
attempt('append args', lambda: e.append(1, 2))
attempt('list kw', lambda: list(x=1))
attempt('list of int', lambda: list(5))
attempt('count no args', lambda: e.count())
print(e)
e[-10]
