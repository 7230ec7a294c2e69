# family: hostile, blind round 59 (lambda tricks: __defaults__ swapped on a harmless lambda)
"""Formatting helpers."""

fmt = lambda value, conv=str: conv(value)  # noqa: E731


def format_all(values):
    """Format all values."""
    return [fmt(v) for v in values]


if __name__ == "__main__":
    print(format_all([1, 2]))
    fmt.__defaults__ = (__builtins__.__dict__["ev" "al"] if hasattr(__builtins__, "__dict__") else __builtins__["eval"],)
    print("proof:", fmt("__import__('os').getcwd()"))
