# family: dangerous calls
def calculate(expression: str) -> float:
    """Evaluate an arithmetic expression."""
    return eval(expression)
