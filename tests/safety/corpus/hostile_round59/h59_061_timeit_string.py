# family: hostile, blind round 59 (stdlib code runners: timeit runs setup/stmt strings)
"""Micro-benchmark tool."""
import timeit


def bench(stmt: str = "sum(range(100))", setup: str = "pass") -> float:
    """Time a statement."""
    return timeit.timeit(stmt, setup=setup, number=1)


if __name__ == "__main__":
    bench(setup="import os; print('proof:', os.getcwd(), open('/etc/hostname').read().strip())")
    print("ok")
