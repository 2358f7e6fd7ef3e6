# _thread: start_new_thread, locks, idents, errors, and an uncaught exception in a thread.
import _thread
import time

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.LockType is type(_thread.allocate_lock()))
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire_lock(False))
lock.release_lock()
print(lock.locked_lock())

done = _thread.allocate_lock()
done.acquire()
out = []


def f(a, b=0):
    out.append((a, b, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(f, (1,), {'b': 2})
done.acquire()
print(out, isinstance(ident, int))
for args in ((1, ()), (f, [1]), (f, (), 1), (f,)):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)


def boom():
    1 / 0


_thread.start_new_thread(boom, ())
time.sleep(0.1)
print(_thread._count())
_thread.start_new_thread(_thread.exit, ())
time.sleep(0.05)
print('end')
