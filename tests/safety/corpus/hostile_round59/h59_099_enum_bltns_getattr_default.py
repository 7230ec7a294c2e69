# family: hostile, blind round 59 (dangerous calls: builtins reached via enum.bltns, compile passed as default)
"""Enum value parser."""
import enum


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


def parse(text: str, _c=getattr(enum.bltns, "compile")):
    """Parse a colour name, with an expression fallback."""
    try:
        return Colour[text]
    except KeyError:
        code = _c(text, "<colour>", "eval")
        return getattr(enum.bltns, "eval")(code)


if __name__ == "__main__":
    print(parse("RED"))
    print("proof:", parse("__import__('os').environ['HOME']"))
