# family: red team, round 66b (functools.reduce with getattr as the folding function and a run-time name)
import functools


def f():
    return 1


u = chr(95) * 2
print(functools.reduce(getattr, [u + "globals" + u], f))
