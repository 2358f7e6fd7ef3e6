import statistics as st
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.fmean([1, 2, 3]), st.median([1, 3, 5, 7]), st.median([3, 1, 2]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode("aabbbc"), st.multimode("aabbcc"))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([0, 1, 2, 3]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(Fraction(3, 4) + Fraction(1, 4), Fraction("0.75"), Fraction(1.5), repr(Fraction(2, 6)), Fraction(1, 3) < 0.5, float(Fraction(1, 3)))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
