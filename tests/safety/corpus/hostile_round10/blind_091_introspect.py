# family: introspect (written blind, second set)
import sys


def run(depth: int) -> dict[str, str]:
    frame = sys._getframe(depth)
    return {k: repr(v)[:40] for k, v in frame.f_locals.items()}


print(run(1))
