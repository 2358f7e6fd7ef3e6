import copy
orig = [[1, 2], [3, 4]]
shallow = orig[:]
deep = copy.deepcopy(orig)
shallow[0].append(99)
print(orig, deep, shallow is orig, shallow[0] is orig[0], deep[0] is orig[0])
alias = orig
alias.append([5])
print(len(orig), list(orig) == orig, orig.copy() == orig)
