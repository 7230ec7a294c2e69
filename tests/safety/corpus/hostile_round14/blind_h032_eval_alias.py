# family: eval (written blind, round 14)
"""Arithmetic evaluator."""
calc_fn = eval

def evaluate(expr: str) -> float:
    return calc_fn(expr, {"__builtins__": {}})

if __name__ == "__main__":
    print(calc_fn("open('/tmp/r14/work/secret.txt').read()"))
