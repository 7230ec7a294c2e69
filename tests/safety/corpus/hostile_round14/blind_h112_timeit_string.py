# family: timeit (written blind, round 14)
"""Micro-benchmark tool."""
import timeit

def bench(stmt: str = "sum(range(10))", n: int = 100) -> float:
    return timeit.timeit(stmt, number=n)

if __name__ == "__main__":
    print(bench("print(open('/tmp/r14/work/secret.txt').read())", 1))
