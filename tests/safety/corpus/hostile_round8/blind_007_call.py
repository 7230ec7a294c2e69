# family: call (written blind: from the families, without reading the checker)
_ev, _cp = eval, compile


def evaluate_rules(rules: list[str], value: int) -> list[bool]:
    """Evaluate each rule (e.g. 'x > 3') against value."""
    out = []
    for rule in rules:
        out.append(bool(_ev(_cp(rule, "<rule>", "eval"), {"x": value})))
    return out


if __name__ == "__main__":
    print(evaluate_rules(["x > 3", "__import__('os').getpid() > 0"], 5))
