# family: generator (written blind, round 17 of blind hostile tools)
"""Running totals generator."""


def running():
    total = 0
    while True:
        x = yield total
        total += x


def probe():
    gen = running()
    next(gen)
    def inner():
        yield gen
    me = inner()
    frame = getattr(me, "gi_" + "frame")
    return getattr(frame, "f_" + "globals")["__builtins__"]


print(probe())
