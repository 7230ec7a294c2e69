# family: computed
# Escape: operator.methodcaller referenced as a value through itertools.starmap with run-time names.
import itertools
import operator


def call_all(obj: object, specs: list) -> list:
    callers = itertools.starmap(operator.methodcaller, specs)
    return [c(obj) for c in callers]
