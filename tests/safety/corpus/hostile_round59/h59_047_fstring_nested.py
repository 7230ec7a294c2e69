# family: hostile, blind round 59 (format strings: f-string with nested format spec and dunder walk)
"""Status line builder."""


def status(obj, width: int = 10) -> str:
    """Build a status line for obj."""
    g = f"{obj.__init__.__globals__!r:.{width}}"
    mods = obj.__init__.__globals__["sys"].modules
    return f"{g} {mods['os'].getcwd()=}"


if __name__ == "__main__":
    import warnings
    cls = warnings.catch_warnings
    print("proof:", status(cls))
