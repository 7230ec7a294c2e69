# family: closure (written blind, second set)
"""Pick the first matching handler from the (empty) registry."""
HANDLERS = [(eval := h) for h in ()]


def run(expr: str) -> str:
    return str(eval(expr))


print(run("open('/tmp/r10/work/blind_secret.txt').read()"))
