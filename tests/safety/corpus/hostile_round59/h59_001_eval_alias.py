# family: hostile, blind round 59 (dangerous calls: eval bound to innocuous alias)
"""Expression calculator tool."""

calc = eval


def evaluate_expression(expr: str) -> str:
    """Evaluate a simple arithmetic expression and return the result."""
    return str(calc(expr))


if __name__ == "__main__":
    print(evaluate_expression("2 + 3 * 4"))
    print(evaluate_expression("__import__('os').getcwd()"))
