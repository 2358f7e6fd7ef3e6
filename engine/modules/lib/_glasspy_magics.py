"""The Python half of glasspy's IPython-style magics (engine/magics/*.ts).

The TypeScript side parses a magic's arguments; what runs user code, prints
tables or builds result objects lives here, modelled on IPython.core.magics
(execution.py, namespace.py, history.py) and IPython.utils.capture.
"""

import sys
import math
import time
import timeit as _timeit
from io import StringIO

import gc


def _micro_units():
    units = ["s", "ms", "us", "ns"]
    enc = getattr(sys.stdout, "encoding", None)
    if enc:
        try:
            "\xb5".encode(enc)
            units = ["s", "ms", "\xb5s", "ns"]
        except Exception:
            pass
    return units


def format_time(timespan, precision=3):
    """IPython.core.magics.execution._format_time: seconds in a readable unit."""
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        out = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                out.append("%s%s" % (value, suffix))
            if leftover < 1:
                break
        return " ".join(out)
    units = _micro_units()
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


# ## %timeit

class TimeitResult(object):
    """
    Object returned by the timeit magic with info about the run.

    Contains the following attributes :

    loops: (int) number of loops done per measurement
    repeat: (int) number of times the measurement has been repeated
    best: (float) best execution time / number
    all_runs: (list of float) execution time of each run (in s)
    compile_time: (float) time of statement compilation (s)

    """

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [dt / self.loops for dt in all_runs]

    @property
    def average(self):
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self):
        mean = self.average
        return (math.fsum([(x - mean) ** 2 for x in self.timings]) / len(self.timings)) ** 0.5

    def __str__(self):
        pm = "+-"
        enc = getattr(sys.stdout, "encoding", None)
        if enc:
            try:
                "\xb1".encode(enc)
                pm = "\xb1"
            except Exception:
                pass
        return "{mean} {pm} {std} per loop (mean {pm} std. dev. of {runs} run{run_plural}, {loops:,} loop{loop_plural} each)".format(
            pm=pm,
            runs=self.repeat,
            loops=self.loops,
            loop_plural="" if self.loops == 1 else "s",
            run_plural="" if self.repeat == 1 else "s",
            mean=format_time(self.average, self._precision),
            std=format_time(self.stdev, self._precision),
        )

    def __repr__(self):
        # IPython's pretty printer shows _repr_pretty_'s text; plain repr() keeps object's.
        return "<TimeitResult : " + self.__str__() + ">"

    def _repr_pretty_(self, p, cycle):
        p.text("<TimeitResult : " + self.__str__() + ">")


class Timer(_timeit.Timer):
    """A timeit.Timer whose measurement is a compiled function, `inner(_it, _timer)`,
    defined in the user namespace, as IPython's Timer uses CPython's timeit template."""

    inner = None

    def timeit(self, number=_timeit.default_number):
        # IPython iterates itertools.repeat(None, number); glasspy's itertools.repeat is
        # written in Python and its generator would be timed with the statement, so the
        # loop runs over a range, whose iterator is native.
        it = range(number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing


def run_timeit(code, tc, user_ns, local_ns, number, repeat, precision, quiet, return_result, timefunc):
    """ExecutionMagics.timeit after the template is compiled: code defines inner()."""
    if timefunc == "t":
        timer = Timer(timer=time.time)
    elif timefunc == "c":
        # IPython's clock(): user+system CPU time (time.process_time without resource).
        timer = Timer(timer=time.process_time)
    else:
        timer = Timer(timer=_timeit.default_timer)
    tc_min = 0.1
    ns = {}
    # Inside a function (line magic only) its locals are copied into the user namespace for
    # the run; globals they shadowed are put back afterwards, new names stay (as IPython).
    conflict_globs = {}
    if local_ns:
        for var_name, var_val in user_ns.items():
            if var_name in local_ns:
                conflict_globs[var_name] = var_val
        user_ns.update(local_ns)
    exec(code, user_ns, ns)
    timer.inner = ns["inner"]
    if number == 0:
        # determine number so that 0.2 <= total time < 2.0
        for index in range(0, 10):
            number = 10 ** index
            time_number = timer.timeit(number)
            if time_number >= 0.2:
                break
    all_runs = timer.repeat(repeat, number)
    best = min(all_runs) / number
    worst = max(all_runs) / number
    result = TimeitResult(number, repeat, best, worst, all_runs, tc, precision)
    if conflict_globs:
        user_ns.update(conflict_globs)
    if not quiet:
        if worst > 4 * best and best > 0 and worst > 1e-6:
            print("The slowest run took %0.2f times longer than the "
                  "fastest. This could mean that an intermediate result "
                  "is being cached." % (worst / best))
        print(result)
        if tc > tc_min:
            print("Compiler time: %.2f s" % tc)
    if return_result:
        return result
    return None


# ## %who, %who_ls, %whos, %xdel (IPython.core.magics.namespace)

_nonmatching = object()


def who_ls(user_ns, hidden, parameter_s=""):
    out = [i for i in user_ns
           if not i.startswith("_") and user_ns[i] is not hidden.get(i, _nonmatching)]
    typelist = parameter_s.split()
    if typelist:
        typeset = set(typelist)
        out = [i for i in out if type(user_ns[i]).__name__ in typeset]
    out.sort()
    return out


def who(user_ns, hidden, parameter_s=""):
    varlist = who_ls(user_ns, hidden, parameter_s)
    if not varlist:
        if parameter_s:
            print("No variables match your requested type.")
        else:
            print("Interactive namespace is empty.")
        return
    count = 0
    for i in varlist:
        print(i + "\t", end=" ")
        count += 1
        if count > 8:
            count = 0
            print()
    print()


def whos(user_ns, hidden, parameter_s=""):
    varnames = who_ls(user_ns, hidden, parameter_s)
    if not varnames:
        if parameter_s:
            print("No variables match your requested type.")
        else:
            print("Interactive namespace is empty.")
        return
    seq_types = ["dict", "list", "tuple"]
    varlist = [user_ns[n] for n in varnames]
    typelist = [type(v).__name__ for v in varlist]
    varlabel = "Variable"
    typelabel = "Type"
    datalabel = "Data/Info"
    colsep = 3
    vformat = "{0:<{varwidth}}{1:<{typewidth}}"
    varwidth = max(max(map(len, varnames)), len(varlabel)) + colsep
    typewidth = max(max(map(len, typelist)), len(typelabel)) + colsep
    print(varlabel.ljust(varwidth) + typelabel.ljust(typewidth) + " " + datalabel + "\n"
          + "-" * (varwidth + typewidth + len(datalabel) + 1))
    for vname, var, vtype in zip(varnames, varlist, typelist):
        print(vformat.format(vname, vtype, varwidth=varwidth, typewidth=typewidth), end=" ")
        if vtype in seq_types:
            print("n=" + str(len(var)))
        else:
            try:
                vstr = str(var)
            except Exception:
                vstr = "<object with id %d (str() failed)>" % id(var)
            vstr = vstr.replace("\n", "\\n")
            if len(vstr) < 50:
                print(vstr)
            else:
                print(vstr[:25] + "<...>" + vstr[-25:])


def del_var(user_ns, hidden, output_hist, varname, by_name=False):
    """InteractiveShell.del_var: remove varname, and (by identity) its other names."""
    if varname in ("__builtin__", "__builtins__"):
        raise ValueError("Refusing to delete %s" % varname)
    ns_refs = [user_ns, hidden]
    if by_name:
        for ns in ns_refs:
            try:
                del ns[varname]
            except KeyError:
                pass
        return
    try:
        obj = user_ns[varname]
    except KeyError as e:
        raise NameError("name '%s' is not defined" % varname) from e
    ns_refs.append(output_hist)
    for ns in ns_refs:
        to_delete = [n for n, o in ns.items() if o is obj]
        for name in to_delete:
            del ns[name]


def xdel(user_ns, hidden, output_hist, varname, by_name):
    try:
        del_var(user_ns, hidden, output_hist, varname, by_name)
    except (NameError, ValueError) as e:
        print(type(e).__name__ + ": " + str(e))


def soft_reset(user_ns, hidden):
    for i in who_ls(user_ns, hidden):
        del user_ns[i]


def ask_yes_no(prompt, default=None):
    """IPython.utils.io.ask_yes_no: ask until y/n/yes/no; EOF gives the default."""
    answers = {"y": True, "n": False, "yes": True, "no": False}
    ans = None
    while ans not in answers.keys():
        try:
            ans = input(prompt + " ").lower()
            if not ans:
                ans = default
        except KeyboardInterrupt:
            print("\r")
        except EOFError:
            if default in answers.keys():
                ans = default
                print()
            else:
                raise
    return answers[ans]


def confirm_reset():
    try:
        return ask_yes_no("Once deleted, variables cannot be recovered. Proceed (y/[n])?", default="n")
    except NotImplementedError:
        # A front end without stdin: ipykernel raises StdinNotImplementedError (a
        # NotImplementedError) and IPython's %reset then goes ahead.
        return True


def confirm_overwrite(filename):
    """%history -f: IPython asks before overwriting; no stdin at all means yes."""
    try:
        return ask_yes_no("File %r exists. Overwrite?" % filename)
    except NotImplementedError:
        return True


def collect():
    gc.collect()


# ## %prun (ExecutionMagics._run_with_profiler)

def run_with_profiler(code, namespace, sort, limits, dump_file, text_file, quiet, return_stats, page):
    import cProfile
    import pstats
    prof = cProfile.Profile()
    try:
        prof = prof.runctx(code, namespace, namespace)
        sys_exit = ""
    except SystemExit:
        sys_exit = """*** SystemExit exception caught in code being profiled."""
    stats = pstats.Stats(prof).strip_dirs().sort_stats(*sort)
    lims = []
    for lim in limits:
        try:
            lims.append(int(lim))
        except ValueError:
            try:
                lims.append(float(lim))
            except ValueError:
                lims.append(lim)
    stdout_trap = StringIO()
    stats_stream = stats.stream
    try:
        stats.stream = stdout_trap
        stats.print_stats(*lims)
    finally:
        stats.stream = stats_stream
    output = stdout_trap.getvalue()
    output = output.rstrip()
    if not quiet:
        page(output)
    print(sys_exit, end=" ")
    if dump_file:
        prof.dump_stats(dump_file)
        print(f"\n*** Profile stats marshalled to file {repr(dump_file)}.{sys_exit}")
    if text_file:
        with open(text_file, "w", encoding="utf-8") as f:
            f.write(output)
        print(f"\n*** Profile printout saved to text file {repr(text_file)}.{sys_exit}")
    if return_stats:
        return stats
    return None


# ## %%capture (IPython.utils.capture)

class RichOutput(object):
    def __init__(self, data=None, metadata=None, transient=None, update=False):
        self.data = data or {}
        self.metadata = metadata or {}
        self.transient = transient or {}
        self.update = update

    def display(self):
        display(self.data, raw=True, metadata=self.metadata,
                display_id=self.transient.get("display_id"), update=self.update)

    def _repr_mime_(self, mime):
        if mime not in self.data:
            return
        data = self.data[mime]
        if mime in self.metadata:
            return data, self.metadata[mime]
        else:
            return data

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.data, self.metadata

    def _repr_html_(self):
        return self._repr_mime_("text/html")

    def _repr_latex_(self):
        return self._repr_mime_("text/latex")

    def _repr_json_(self):
        return self._repr_mime_("application/json")

    def _repr_javascript_(self):
        return self._repr_mime_("application/javascript")

    def _repr_png_(self):
        return self._repr_mime_("image/png")

    def _repr_jpeg_(self):
        return self._repr_mime_("image/jpeg")

    def _repr_svg_(self):
        return self._repr_mime_("image/svg+xml")


class CapturedIO(object):
    """Simple object for containing captured stdout/err and rich display StringIO objects

    Each instance `c` has three attributes:

    - ``c.stdout`` : standard output as a string
    - ``c.stderr`` : standard error as a string
    - ``c.outputs``: a list of rich display outputs

    Additionally, there's a ``c.show()`` method which will print all of the
    above in the same order, and can be invoked simply via ``c()``.
    """

    def __init__(self, stdout, stderr, outputs=None):
        self._stdout = stdout
        self._stderr = stderr
        if outputs is None:
            outputs = []
        self._outputs = outputs

    def __str__(self):
        return self.stdout

    @property
    def stdout(self):
        "Captured standard output"
        if not self._stdout:
            return ''
        return self._stdout.getvalue()

    @property
    def stderr(self):
        "Captured standard error"
        if not self._stderr:
            return ''
        return self._stderr.getvalue()

    @property
    def outputs(self):
        """A list of the captured rich display outputs, if any.

        If you have a CapturedIO object ``c``, these can be displayed in IPython
        using::

            from IPython.display import display
            for o in c.outputs:
                display(o)
        """
        return [RichOutput(**kargs) for kargs in self._outputs]

    def show(self):
        """write my output to sys.stdout/err as appropriate"""
        sys.stdout.write(self.stdout)
        sys.stderr.write(self.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        for kargs in self._outputs:
            RichOutput(**kargs).display()

    __call__ = show


def _capturing_displayhook(value):
    # CapturingDisplayHook: the cell's value becomes a captured output, not Out[N].
    if value is None:
        return
    display(value)


def capture_cell(run, stdout=True, stderr=True, capture_display=True):
    """Run the cell; run() returns the captured display messages, each as JSON of
    RichOutput's arguments (data, metadata, transient, update)."""
    import json
    out = StringIO() if stdout else None
    err = StringIO() if stderr else None
    saved = sys.stdout, sys.stderr, sys.displayhook
    if stdout:
        sys.stdout = out
    if stderr:
        sys.stderr = err
    if capture_display:
        sys.displayhook = _capturing_displayhook
    try:
        messages = run()
    finally:
        sys.stdout, sys.stderr, sys.displayhook = saved
    outputs = [json.loads(m) for m in messages]
    return CapturedIO(out, err, outputs)


# The objects users get back are IPython's; their reprs name IPython's modules.
TimeitResult.__module__ = "IPython.core.magics.execution"
CapturedIO.__module__ = "IPython.utils.capture"
RichOutput.__module__ = "IPython.utils.capture"
