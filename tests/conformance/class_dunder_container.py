class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return reversed(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack().push(1).push(2).push(3)
print(s, len(s), s[0], s[-1], 2 in s, list(s), bool(Stack()), [x for x in s])
