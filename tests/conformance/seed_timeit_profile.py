import timeit
t = timeit.timeit("sum(range(100))", number=100)
print(t > 0)
import cProfile, pstats, io
pr = cProfile.Profile()
pr.enable()
sum(range(1000))
pr.disable()
print("profiled")
