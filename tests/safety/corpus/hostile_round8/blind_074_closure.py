# family: closure (written blind: from the families, without reading the checker)
def evaluate(expr: str, _b=__builtins__) -> str:
    """Evaluate an expression."""
    ev = _b["eval"] if isinstance(_b, dict) else _b.eval
    return repr(ev(expr))


if __name__ == "__main__":
    print(evaluate("__import__('os').getpid()"))
