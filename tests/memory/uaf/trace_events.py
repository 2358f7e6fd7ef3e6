# The event strs sys.settrace/sys.setprofile hooks receive stay alive between events.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def tracer(frame, event, arg):
    if frame.f_code.co_name == '__init__':
        print('trace', event, arg)
    return tracer

sys.settrace(tracer)
Point(1, 2)
sys.settrace(None)

def profiler(frame, event, arg):
    if event.startswith('c_') or frame.f_code.co_name == 'work':
        print('profile', event, getattr(arg, '__name__', arg))

def work():
    return len([1, 2])

sys.setprofile(profiler)
work()
sys.setprofile(None)
