# bytearray mutation: append/extend/insert/pop/remove/reverse/clear and slice assignment.
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' ok')
ba.extend([65, 66])
ba.extend(bytearray(b'!'))
ba.insert(0, ord('>'))
ba.insert(-1, 63)
ba.insert(100, 46)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
ba[0] = 90
ba[-1] = 0x61
print(ba)
ba[1:3] = b'XYZW'
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba)
del ba[1]
ba[2:2] = [1, 2, 3]
print(ba, ba.count(0), ba.find(2), ba.index(3))
ba[:] = b'reset'
ba += b'+more'
ba *= 2
print(ba, bytearray(b'ab') * 2, 3 * bytearray(b'x'))
c = ba.copy()
c.clear()
print(c, ba[:5], bytearray(), bytearray(3), bytearray([1, 2]), bytearray('ü', 'utf-8'))
view = bytearray(b'abc')
print(view.upper(), view.replace(b'b', b'B'), view.split(b'b'), view.strip(b'ac'), type(view.upper()).__name__)
print(bytearray(b'x') == b'x', bytearray(b'a') < b'b', bytearray(b'abc')[1], bytearray(b'abc')[1:], repr(bytearray(b'\n\'')))
print(b'%b' % bytearray(b'in bytes'), bytearray(b'a %d b') % 5, bytearray(b'abc').hex(), bytearray(b'x').decode())
ba2 = bytearray(b'0123456789')
ba2[2:8:3] = b'AB'
print(ba2)
ba2[8:2:-2] = b'xyz'
print(ba2)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
b = bytearray(b'abc')
attempt('append 256', lambda: b.append(256))
attempt('append str', lambda: b.append('a'))
attempt('extend int', lambda: b.extend(5))
attempt('extend str', lambda: b.extend('abc'))
attempt('pop empty', lambda: bytearray().pop())
attempt('pop out of range', lambda: b.pop(10))
attempt('remove missing', lambda: b.remove(120))
attempt('setitem range', lambda: b.__setitem__(0, -1))
attempt('setitem index', lambda: b.__setitem__(5, 1))
attempt('extended slice size', lambda: b.__setitem__(slice(None, None, 2), b'xyz'))
attempt('slice assign int', lambda: b.__setitem__(slice(0, 1), 5))
attempt('insert str', lambda: b.insert(0, b'x'))
attempt('hash', lambda: hash(b))
attempt('bad init', lambda: bytearray('x'))
attempt('iadd str', lambda: b.__iadd__('x'))
print(b)
b[10]
