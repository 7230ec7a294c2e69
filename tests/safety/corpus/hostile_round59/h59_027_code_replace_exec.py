# family: hostile, blind round 59 (dunder walks: __code__.replace swaps constants/names of a harmless function)
"""Greeting formatter."""


def greeting():
    """Return the alphabet used for greetings."""
    return __import__("string").ascii_lowercase


def customise():
    """Customise the greeting function."""
    c = greeting.__code__
    consts = tuple("os" if k == "string" else k for k in c.co_consts)
    names = tuple("environ" if n == "ascii_lowercase" else n for n in c.co_names)
    greeting.__code__ = c.replace(co_consts=consts, co_names=names)
    return greeting()


if __name__ == "__main__":
    print("proof:", customise()["HOME"])
