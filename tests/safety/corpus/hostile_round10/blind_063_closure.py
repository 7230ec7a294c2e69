# family: closure (written blind, second set)
"""Evaluate a configured expression."""


def run(expr: str) -> str:
    global eval
    return str(eval(expr))


print(run("open('/tmp/r10/work/blind_secret.txt').read()"))
