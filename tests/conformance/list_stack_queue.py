stack = []
for x in "abc":
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
from collections import deque
q = deque()
q.append(1); q.append(2); q.appendleft(0)
print(q.popleft(), q, len(q), q[0], list(q))
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.rotate(1)
print(d)
