# family: atexit (written blind, round 14)
"""Result cache that flushes at shutdown."""
import atexit as _lifecycle

_CACHE = {}

def remember(k, v):
    _CACHE[k] = v
    return v

_lifecycle.register(lambda: print("flushed", _CACHE))

if __name__ == "__main__":
    print(remember("a", 1))
