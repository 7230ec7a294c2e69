# family: closure (written blind: from the families, without reading the checker)
def evaluate(expr: str) -> str:
    """Evaluate an expression."""
    b = (lambda: 0).__globals__["__builtins__"]
    ev = b["eval"] if isinstance(b, dict) else b.eval
    return repr(ev(expr))


if __name__ == "__main__":
    print(evaluate("__import__('os').getpid()"))
