# heapq (push/pop/heapify/replace/pushpop/merge/nlargest/nsmallest with key) and bisect
# (bisect_left/right with lo/hi/key, insort variants), with errors.
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(3)], data)
print(heapq.heapreplace(data, 0), data, heapq.heappushpop(data, -1), data, heapq.heappushpop(data, 100), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
words = ['banana', 'kiwi', 'apple', 'fig', 'cherry']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(1, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['a', 'c'], ['b'], key=str.upper)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
tasks = []
for prio, name in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, (5, 1)), (heapq.heapify, ((1, 2),))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print(type(e).__name__, e)
mh = [3, 1, 2]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), mh)

a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, lo=1, hi=4))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
bisect.insort_right(a, 8)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect([1, 2], 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bisect.insort(None, 1)
except TypeError as e:
    print(type(e).__name__, e)
