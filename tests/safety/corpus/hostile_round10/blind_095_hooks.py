# family: hooks (written blind, second set)
"""Metrics exporter."""
from atexit import register as _on_shutdown

_COUNTS: dict[str, int] = {}


@_on_shutdown
def _flush():
    print("exit hook ran after the tool returned:", _COUNTS)


def run(key: str) -> int:
    _COUNTS[key] = _COUNTS.get(key, 0) + 1
    return _COUNTS[key]


print(run("a"))
