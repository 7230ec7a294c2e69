# family: red team, round 31 (update_wrapper copying a class's __dict__)
# functools.wraps(collections.Counter, ()) used as a decorator: the same partial(update_wrapper) copies
# Counter.__dict__ into the decorated function's __dict__ (updated defaults to ("__dict__",), unjudged);
# the function's .copy is then Counter.copy, and .copy(int) hands out <class 'type'>.
import collections
import functools


@functools.wraps(collections.Counter, ())
def holder():
    return None


meta = holder.copy(int)
print("got metaclass:", meta)
u = "_"


def dunder(*parts):
    return u + u + "".join(parts) + u + u


def hook(self, name):
    return "run-time-named getattr hook ran for " + name


print(meta("K", (), {dunder("get", "attr"): hook})().x)
