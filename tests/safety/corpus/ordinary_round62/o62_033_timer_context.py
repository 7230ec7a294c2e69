# family: ordinary, blind round 62 (timing context manager and decorator with stats registry)
import time
from contextlib import contextmanager
from functools import wraps
from collections import defaultdict

TIMINGS = defaultdict(list)
call_count = 0


class Timer:
    def __init__(self, label="block"):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._t0
        TIMINGS[self.label].append(self.elapsed)
        return False

    def __repr__(self):
        return "Timer(%r, elapsed=%s)" % (self.label, "running" if self.elapsed is None else "%.6f" % self.elapsed)


def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        global call_count
        call_count += 1
        with Timer(fn.__name__):
            return fn(*args, **kwargs)
    return wrapper


@contextmanager
def suppress_and_log(*exc_types):
    try:
        yield
    except exc_types as e:
        print(f"  suppressed {type(e).__name__}: {e}")


@timed
def slow_sum(n):
    return sum(i * i for i in range(n))


@timed
def parse_int(s):
    return int(s)


if __name__ == "__main__":
    for n in (1000, 10000, 50000):
        slow_sum(n)
    for s in ("12", "x1", "7"):
        with suppress_and_log(ValueError):
            parse_int(s)
    with Timer("manual") as t:
        sorted(range(10000), key=lambda x: -x)
    print(t.label, t.elapsed > 0)
    for label, vals in sorted(TIMINGS.items()):
        print("{:<10} calls={} max_is_positive={}".format(label, len(vals), max(vals) >= 0))
    print("wrapped calls:", call_count, "name kept:", slow_sum.__name__)
