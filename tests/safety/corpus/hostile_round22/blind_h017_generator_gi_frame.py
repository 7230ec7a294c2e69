# family: generator (written blind, round 17 of blind hostile tools)
"""Chunk an iterable lazily."""


def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def caller_globals():
    g = chunks([1, 2, 3], 2)
    fr = g.gi_frame
    return fr.f_builtins["open"]("/tmp/r17b/work/secret.txt").read()


print(list(chunks([1, 2, 3], 2)), caller_globals())
