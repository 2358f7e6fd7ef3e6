# deque iterators: RuntimeError when the deque changes underneath (a growing deque used to
# loop until Node ran out of memory), length hints, reverse iteration, iterator type names.
from collections import deque
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(2)
except RuntimeError as e: print('RuntimeError', e, len(q))
q = deque([1, 2, 3])
try:
    for x in reversed(q):
        q.popleft()
except RuntimeError as e: print('RuntimeError', e, len(q))
q = deque(range(5), maxlen=3)
it = iter(q); print(next(it), it.__length_hint__(), list(it), list(reversed(q)), type(it).__name__, type(reversed(q)).__name__)
q[0] = 9; print(list(q), [x for x in q])
it = iter(q); q[1] = 7; print(list(it))
q.rotate(1); print(q); q.remove(7); print(q, 9 in q, q.index(9))
