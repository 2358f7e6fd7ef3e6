# Comprehensions and generator expressions.
def listcomp(xs): return [x for x in xs]
def listcomp_if(xs): return [x for x in xs if x]
def listcomp_if2(xs): return [x for x in xs if x if x > 1]
def listcomp_nested(xss): return [x for xs in xss for x in xs]
def listcomp_nested_if(xss): return [x for xs in xss if xs for x in xs if x]
def listcomp_expr(xs): return [x * 2 + 1 for x in xs]
def listcomp_tuple_target(ps): return [a + b for a, b in ps]
def listcomp_closure(xs, k): return [x * k for x in xs]
def listcomp_nested_comp(xss): return [[y for y in xs] for xs in xss]
def listcomp_range(): return [i for i in range(10)]
def setcomp(xs): return {x for x in xs}
def setcomp_if(xs): return {x % 3 for x in xs if x}
def dictcomp(xs): return {x: x * x for x in xs}
def dictcomp_items(d): return {v: k for k, v in d.items()}
def dictcomp_if(d): return {k: v for k, v in d.items() if v}
def genexp(xs): return (x for x in xs)
def genexp_sum(xs): return sum(x * x for x in xs)
def genexp_if(xs): return list(x for x in xs if x)
def genexp_nested(xss): return (x for xs in xss for x in xs)
def genexp_closure(xs, k): return (x + k for x in xs)
def comp_uses_outer_in_iter(xss, i): return [x for x in xss[i]]
def comp_star(xs): return [(*x, 1) for x in xs]
def comp_walrus(xs): return [last := x for x in xs]
def comp_lambda(xs): return [lambda: x for x in xs]
def comp_ternary(xs): return [x if x > 0 else 0 for x in xs]
def comp_call(xs, f): return [f(x) for x in xs]
def comp_attr(xs): return [x.a for x in xs]
def comp_subscr(xs): return [x[0] for x in xs]
def comp_fstring(xs): return [f'{x}!' for x in xs]
def comp_in_comp_cond(xs, ys): return [x for x in xs if x in [y for y in ys]]
def comp_three_levels(a): return [x for b in a for c in b for x in c]
def comp_unpack_star(xs): return [rest for first, *rest in xs]
def comp_genexp_arg(xs): return max((x for x in xs), default=0)
def comp_dict_nested(d): return {k: {kk: 1 for kk in v} for k, v in d.items()}
def comp_set_of_tuples(xs): return {(x, x) for x in xs}
def comp_and_or(xs): return [x for x in xs if x and not x or x]
def comp_global_iter(): return [x for x in globals()]
