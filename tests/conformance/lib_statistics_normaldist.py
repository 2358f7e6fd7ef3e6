# statistics.NormalDist: construction, from_samples, inv_cdf/quantiles (Wichura AS241),
# pdf/cdf/overlap/zscore (rounded: they go through exp/erf), arithmetic, equality, errors.
from statistics import NormalDist, StatisticsError

nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, repr(NormalDist()))
print(nd.inv_cdf(0.5), nd.inv_cdf(0.75), nd.inv_cdf(0.3), NormalDist().inv_cdf(0.6))
print([round(q, 10) for q in nd.quantiles()], [round(x, 10) for x in NormalDist().quantiles(10)])
print(round(NormalDist().inv_cdf(0.975), 12), round(NormalDist().inv_cdf(1e-10), 10), round(NormalDist().inv_cdf(0.99999), 10))
print(round(nd.cdf(115), 10), round(nd.pdf(100), 12), round(nd.zscore(130), 12), round(nd.overlap(NormalDist(110, 15)), 10))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 2)), 10), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 10 + nd, 10 - nd, 3 * nd)
print(nd + NormalDist(0, 20), nd - NormalDist(50, 20), nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 5)
print(hash(nd) == hash(NormalDist(100.0, 15.0)), len({nd, NormalDist(100, 15)}), NormalDist(1, 0) == NormalDist(1.0, 0.0))
for label, f in [('neg sigma', lambda: NormalDist(0, -1)), ('inv_cdf 0', lambda: nd.inv_cdf(0)),
                 ('inv_cdf 1', lambda: nd.inv_cdf(1.0)), ('pdf sigma 0', lambda: NormalDist(1, 0).pdf(1)),
                 ('cdf sigma 0', lambda: NormalDist(1, 0).cdf(1)), ('zscore sigma 0', lambda: NormalDist(1, 0).zscore(1)),
                 ('overlap type', lambda: nd.overlap(5)), ('overlap zero', lambda: nd.overlap(NormalDist(1, 0))),
                 ('from_samples 1', lambda: NormalDist.from_samples([1])), ('inv_cdf sigma 0', lambda: NormalDist(1, 0).inv_cdf(0.5))]:
    try:
        print(label, f())
    except (StatisticsError, TypeError) as e:
        print(label, '->', type(e).__name__, e)
print(len(nd.samples(5, seed=42)), [round(x, 6) for x in NormalDist(0, 1).samples(3, seed=7)])
