# statistics: mean/fmean/geometric_mean/harmonic_mean, median variants, mode/multimode,
# variance/stdev (sample and population), quantiles, and StatisticsError messages.
import statistics as st
from fractions import Fraction

data = [2.5, 3.25, 5.5, 1.0, 3.25, 7.0]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]), type(st.mean([1, 2])).__name__)
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbcc'), st.mode(['x', 'y']), st.multimode('aabbcd'), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.pvariance([1, 2, 3], mu=2))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method='inclusive'), st.quantiles([5, 1], n=3))
print(st.geometric_mean([1, 4, 16]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 0]))
print(st.harmonic_mean([2, 4], weights=[1, 3]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
errors = [
    ('mean([])', lambda: st.mean([])),
    ('median([])', lambda: st.median([])),
    ('mode([])', lambda: st.mode([])),
    ('variance([1])', lambda: st.variance([1])),
    ('stdev([])', lambda: st.stdev([])),
    ('pvariance([])', lambda: st.pvariance([])),
    ('quantiles([1])', lambda: st.quantiles([1])),
    ('quantiles(n=0)', lambda: st.quantiles([1, 2], n=0)),
    ('quantiles(method)', lambda: st.quantiles([1, 2], method='x')),
    ('harmonic_mean([-1])', lambda: st.harmonic_mean([-1, 2])),
    ('geometric_mean([0])', lambda: st.geometric_mean([0, 1])),
    ('fmean([])', lambda: st.fmean([])),
    ('correlation([1],[2])', lambda: st.correlation([1], [2])),
    ('correlation const', lambda: st.correlation([1, 1], [1, 2])),
    ('covariance len', lambda: st.covariance([1, 2], [1, 2, 3])),
    ('mean(str)', lambda: st.mean(['a', 'b'])),
]
for label, f in errors:
    try:
        print(label, f())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
