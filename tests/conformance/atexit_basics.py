# atexit: functions run last-registered first at exit, with their arguments; unregister;
# an exception is reported and the others still run.
import atexit

def hello(name, punct="!"):
    print("hello", name + punct)

print(atexit.register(hello, "first") is hello)
atexit.register(hello, "second", punct="?")
def bye(): print("bye")
atexit.register(bye)
atexit.register(bye)
atexit.unregister(bye)
@atexit.register
def decorated():
    print("decorated")
def bad():
    raise ValueError("oops")
atexit.register(bad)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
print("main done")
