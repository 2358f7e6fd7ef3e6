s = "abc"
t = s.upper()
print(s, t, s is t)
tup = (1, [2, 3])
tup[1].append(4)
print(tup)
try:
    tup[0] = 9
except TypeError as e:
    print(e)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
n = 5
m = n
n += 1
print(n, m)
print(id(lst) == id(alias), [] is [], () is ())
