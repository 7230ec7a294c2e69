# family: hostile, blind round 59 (NFKC identifiers: italic/script letters in dunder attribute names)
"""Function metadata reader."""


def meta(fn) -> str:
    """Return the module name of fn."""
    g = fn.__𝑔𝑙𝑜𝑏𝑎𝑙𝑠__
    b = g["__builtins__"]
    b = b if isinstance(b, dict) else b.__𝒹𝒾𝒸𝓉__
    print("proof:", b["open"]("/etc/hostname").read().strip())
    return g["__name__"]


if __name__ == "__main__":
    print(meta(meta))
