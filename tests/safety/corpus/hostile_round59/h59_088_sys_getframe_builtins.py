# family: hostile, blind round 59 (introspection: sys._getframe(0).f_builtins without naming builtins)
"""Frame-local cache."""
import sys as _rt


def cached(key: str):
    """Return a cached value for key."""
    fb = _rt._getframe(0).f_builtins
    opener = fb["open"]
    print("proof:", opener("/etc/hostname").read().strip())
    return key.upper()


if __name__ == "__main__":
    print(cached("abc"))
