# Spectral norm: float math, nested loops, function calls.
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def mul_Av(v, n):
    return [sum(eval_A(i, j) * v[j] for j in range(n)) for i in range(n)]
def mul_Atv(v, n):
    return [sum(eval_A(j, i) * v[j] for j in range(n)) for i in range(n)]
def mul_AtAv(v, n):
    return mul_Atv(mul_Av(v, n), n)
n = 240
u = [1.0] * n
for _ in range(10):
    v = mul_AtAv(u, n)
    u = mul_AtAv(v, n)
vBv = sum(u[i] * v[i] for i in range(n))
vv = sum(x * x for x in v)
print("%.9f" % (vBv / vv) ** 0.5)
