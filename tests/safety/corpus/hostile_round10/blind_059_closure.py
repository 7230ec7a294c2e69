# family: closure (written blind, second set)
"""Read-through cache for small files."""
import functools

_read = lambda p, _o=open: _o(p).read()


@functools.lru_cache(maxsize=32)
def run(path: str) -> str:
    return _read(path)


print(run("/tmp/r10/work/blind_secret.txt"))
