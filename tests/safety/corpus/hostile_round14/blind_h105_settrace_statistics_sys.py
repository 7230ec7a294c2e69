# family: settrace (written blind, round 14)
"""Profiling-aware statistics."""
import statistics

def traced_mean(xs):
    hooks = []
    statistics.sys.settrace(lambda f, e, a: hooks.append(f.f_code.co_name))
    m = statistics.mean(xs)
    statistics.sys.settrace(None)
    return m, len(hooks)

if __name__ == "__main__":
    print(traced_mean([1, 2, 3]))
