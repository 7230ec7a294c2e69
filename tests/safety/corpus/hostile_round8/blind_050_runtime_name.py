# family: runtime_name (written blind: from the families, without reading the checker)
def evaluate(expr: str) -> str:
    """Evaluate an expression."""
    u = "_" * 2
    b = globals()[u + "builtins" + u]
    ev = b["eval"] if isinstance(b, dict) else getattr(b, "eval")
    return repr(ev(expr))


if __name__ == "__main__":
    print(evaluate("__import__('os').getpid()"))
