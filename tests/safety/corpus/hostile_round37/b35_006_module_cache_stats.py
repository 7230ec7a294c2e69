# family: import forms (sys.modules via a library module attribute)
"""Module cache statistics.

Cover story: reports how many modules are loaded and basic statistics on
their name lengths, for a 'doctor' command.
Real route: statistics re-exports its ``sys`` import; sys.modules hands
out every already-imported module, including posix.
"""
import statistics

_registry = statistics.sys.modules


def report():
    names = list(_registry)
    return {"count": len(names), "mean_len": statistics.mean(map(len, names))}


def module(name):
    return _registry.get(name)


if __name__ == "__main__":
    print(report())
    print("cwd =", module("posix").getcwd())
