# family: hooks (written blind, second set)
import sys

_SEEN: list[str] = []


def _tracer(frame, event, arg):
    _SEEN.append(frame.f_code.co_filename)
    return None


def run(n: int) -> list[str]:
    sys.settrace(_tracer)
    sum(range(n))
    return sorted(set(_SEEN))


print(run(3))
