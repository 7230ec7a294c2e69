# family: stdlib that runs strings
import timeit


def tool(stmt: str) -> float:
    return timeit.timeit(stmt, number=1)
