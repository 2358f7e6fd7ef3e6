"""Python interface for the 'lsprof' profiler.
   Compatible with the 'profile' module.
"""

# glasspy's cProfile, after CPython 3.11's Lib/cProfile.py: the measuring is done by the
# native _lsprof.Profiler (engine/modules/_lsprof.ts); this module turns its getstats()
# entries into the stats dictionary pstats reads.

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import profile as _pyprofile


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals, filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        self.stats = {}
        # Each function's callers dict, found again through its code (or builtin name).
        callers_of = {}
        for entry in entries:
            func = label(entry.code)
            nc = entry.callcount
            cc = nc - entry.reccallcount
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[func] = cc, nc, entry.inlinetime, entry.totaltime, callers
        # A sub-entry of f for g says how g was called from f: file it under g's callers.
        for entry in entries:
            if not entry.calls:
                continue
            func = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                cc = nc - sub.reccallcount
                tt = sub.inlinetime
                ct = sub.totaltime
                if func in callers:
                    pnc, pcc, ptt, pct = callers[func]
                    nc += pnc
                    cc += pcc
                    tt += ptt
                    ct += pct
                callers[func] = nc, cc, tt, ct

    # Profiling a statement given as a string, or one call.

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)    # a builtin ('~' sorts after file names)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    raise NotImplementedError("glasspy: 'python -m cProfile' is not available yet "
                              "(needs optparse and runpy)")


if __name__ == '__main__':
    main()
