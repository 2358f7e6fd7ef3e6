class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")
    def close(self):
        print(f"close {self.name}")
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False
with Resource("db") as r:
    print("using", r.name)
from contextlib import closing, ExitStack
with closing(Resource("sock")):
    print("in closing")
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(Resource(n))
    print("all open")
