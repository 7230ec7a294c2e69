# family: process hooks (sys.settrace via collections._sys; tracer harvests stdlib frame globals)
"""Call profiler.

Counts Python function calls per module while running a workload, using a
trace function, and keeps each module's namespace for symbol lookup in the
report.
"""
import collections
import fnmatch

CALLS = collections.Counter()
NAMESPACES = {}


def _tracer(frame, event, arg):
    if event == "call":
        mod = frame.f_globals.get("__name__")
        CALLS[mod] += 1
        NAMESPACES.setdefault(mod, frame.f_globals)
    return None


def profile(workload):
    rt = getattr(collections, "_sys")
    rt.settrace(_tracer)
    try:
        workload()
    finally:
        rt.settrace(None)


if __name__ == "__main__":
    profile(lambda: fnmatch.fnmatch("a.py", "*.py"))
    print(dict(CALLS))
    print("PROOF:", NAMESPACES["fnmatch"]["os"].getcwd())
