# family: stdrun (written blind, second set)
import cProfile


def run(stmt: str) -> str:
    cProfile.run(stmt, sort="cumulative")
    return "profiled"


print(run("import os; print(os.getpid())"))
