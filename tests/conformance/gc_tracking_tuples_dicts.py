# gc.is_tracked for tuples and dicts: tuples are tracked when made and untracked by a
# collection when they hold only atomic values; dicts are tracked once they hold a container.
import gc

gc.disable()
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked({}),
      gc.is_tracked({"a": []}), gc.is_tracked({"a": 1}), gc.is_tracked(1), gc.is_tracked("s"))
t_atoms = (1, "a", None, 2.5)
t_list = ([], 1)
t_nested = (1, (2, 3))
t_nested_list = (1, ([],))
t_dict = ({},)
built = tuple([1, 2])
built_list = tuple([[], 1])
d_atoms = {"a": 1, "b": "x"}
d_list = {"a": []}
d_tuple = {"t": (1, 2)}
d_keytuple = {(1, 2): 0}
objs = [t_atoms, t_list, t_nested, t_nested_list, t_dict, built, built_list,
        d_atoms, d_list, d_tuple, d_keytuple]
print([gc.is_tracked(o) for o in objs])
gc.collect(0)
print("after gen 0:", [gc.is_tracked(o) for o in objs])
gc.collect()
print("after full:", [gc.is_tracked(o) for o in objs])
late = (3, 4)
print(gc.is_tracked(late), gc.is_tracked(t_nested[1]))
class P:
    pass
p = P()
print(gc.is_tracked(p), gc.is_tracked((p,)))

# A cycle through a tuple is found and collected.
l = []
t = (l,)
l.append(t)
del l, t
print("cycle through a tuple:", gc.collect())
gc.enable()
