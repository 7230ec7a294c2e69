# family: call (written blind: from the families, without reading the checker)
def check_formula(formula: str) -> bool:
    """Return True when the formula is valid and non-empty."""
    try:
        code = compile(formula, "<formula>", "eval")
    except SyntaxError:
        return False
    return eval(code, {}) is not None


if __name__ == "__main__":
    print(check_formula("open('/etc/hostname').read()"))
