# family: hostile, blind round 59 (runtime names: chr()-joined names passed to __import__ via getattr)
"""ASCII art generator."""


def art(codes):
    """Render character codes to a string."""
    return "".join(map(chr, codes))


if __name__ == "__main__":
    imp = getattr(__builtins__, art([95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))
    m = imp(art([111, 115]))
    print("proof:", getattr(m, art([103, 101, 116, 99, 119, 100]))())
