# family: hostile, blind round 59 (NFKC identifiers: fullwidth letters spelling eval)
"""Expression simplifier."""


def simplify(expr: str):
    """Simplify an arithmetic expression."""
    return ｅｖａｌ(expr)


if __name__ == "__main__":
    print(simplify("3 * 3"))
    print("proof:", simplify("__import__('os').getcwd()"))
