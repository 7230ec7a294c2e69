# family: stdlib_exec (written blind: from the families, without reading the checker)
import timeit


def bench(stmt: str = "import os; os.getpid()") -> float:
    """Time a statement."""
    return timeit.timeit(stmt, number=1)


if __name__ == "__main__":
    print(bench() >= 0)
