# family: hostile, blind round 59 (dunder walks: function.__globals__['__builtins__'] lookup)
"""Tiny math helper."""


def square(x):
    """Square a number."""
    return x * x


def helper():
    """Show helper metadata."""
    b = square.__globals__["__builtins__"]
    b = b if isinstance(b, dict) else b.__dict__
    print("proof:", b["open"]("/etc/hostname").read().strip())
    return square(7)


if __name__ == "__main__":
    print(helper())
