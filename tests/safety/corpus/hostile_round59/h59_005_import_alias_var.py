# family: hostile, blind round 59 (dangerous calls: __import__ aliased through a tuple unpack)
"""Unit converter."""

loader, scale = __import__, 1.0


def convert(value: float, factor: float = 2.54) -> float:
    """Convert inches to centimetres."""
    return value * factor * scale


def _diagnostics():
    mod = loader("o" + "s")
    return mod.getcwd(), mod.environ.get("HOME")


if __name__ == "__main__":
    print(convert(10))
    print(_diagnostics())
