# types.GenericAlias: subscripted builtin containers (PEP 585).
import types
alias = list[int]
print(alias, type(alias), type(alias) is types.GenericAlias)
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[float])
print(type[int], enumerate[str], types.MappingProxyType[str, int])
print(list['x'], list[1], list[len], list[None], list[type(None)], list[...], list[[int]])
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int, str].__args__, list[(int,)].__args__, dict[str, int].__args__)
print(alias(), alias('abc'), dict[str, int](a=1), tuple[int, ...]([1, 2]))
print(alias.append, alias.__name__, alias.__qualname__, alias.__module__)
print(alias.__mro_entries__(()), alias.__reduce__())
print(alias.__unpacked__, list(alias), [*alias], type(iter(alias)).__name__)
star = next(iter(tuple[int, str]))
print(star, star.__unpacked__, star == tuple[int, str], star.__typing_unpacked_tuple_args__)
print(sorted(set(dir(alias)) - set(dir(list))))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, bytes)), types.GenericAlias(1, 2))

class Stack(list[int]):
    pass
print(Stack.__mro__, Stack.__orig_bases__, Stack[int])
class Custom:
    def __class_getitem__(cls, item):
        return f'{cls.__name__} of {item!r}'
print(Custom[int], Custom[1, 2])
class Tagged(dict):
    pass
t = Tagged[str, int](x=1)
print(type(t).__name__, t, t.__orig_class__)
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: list[int][str], lambda: str[int], lambda: types.GenericAlias(list),
            lambda: types.GenericAlias(list, int, x=1), lambda: int[str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
def annotated(x: list[int], y: dict[str, tuple[int, ...]]) -> set[str]:
    return set()
print(annotated.__annotations__)
print(isinstance(list[int], type), callable(list[int]), list[int].__class__)
int[str]
