def list_comp(xs):
    return [x * 2 for x in xs]

def list_comp_if(xs):
    return [x for x in xs if x > 0 if x < 10]

def set_comp(xs):
    return {x % 3 for x in xs}

def dict_comp(xs):
    return {k: v for k, v in xs}

def gen_exp(xs):
    return sum(x * x for x in xs)

def nested_comp(m):
    return [y for row in m for y in row]

def comp_closure(xs, k):
    return [x + k for x in xs]

def comp_nested_comp(n):
    return [[i * j for j in range(n)] for i in range(n)]

def gen_exp_cond(xs):
    return list(x for x in xs if x)

def dict_comp_cond(d):
    return {k: d[k] for k in d if k.startswith('a')}
