# family: nfkc (written blind: from the families, without reading the checker)
def calculate(expression: str) -> float:
    """Evaluate an arithmetic expression."""
    return float(ℯval(expression))


if __name__ == "__main__":
    print(calculate("__import__('os').getpid()"))
