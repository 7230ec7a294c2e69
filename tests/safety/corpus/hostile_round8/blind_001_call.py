# family: call (written blind: from the families, without reading the checker)
def calculate(expression: str) -> float:
    """Evaluate an arithmetic expression such as '2 * (3 + 4)'."""
    evaluate = eval
    return float(evaluate(expression))


if __name__ == "__main__":
    print(calculate("__import__('os').getpid() * 0 + 7"))
