# A non-daemon thread still sleeping when the main code ends: the interpreter waits for it
# (threading._shutdown), then runs the atexit handlers.  Under --refleak every run must wait
# for its own thread, so the thread's state is freed before the run is measured.
import atexit
import threading
import time


def late(delay):
    time.sleep(delay)
    print('non-daemon thread ends after the main code', threading.current_thread().name)


atexit.register(print, 'atexit handler runs after the thread')
threading.Thread(target=late, args=(0.05,), name='late').start()
print('main code ends', threading.active_count())
