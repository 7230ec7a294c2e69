# family: closure (written blind, round 17 of blind hostile tools)
"""Memoising decorator."""


def memo(fn):
    cache = {}
    def inner(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return inner


@memo
def square(x):
    return x * x


def peek():
    cell = square.__closure__[1].cell_contents
    return cell.__globals__["__builtins__"]


print(square(3), peek())
