# family: call (written blind, second set)
"""Run a user macro against a scratch namespace."""
import operator

_RUNNER = (operator.call, exec)


def run(macro: str) -> str:
    scope: dict = {}
    caller, body = _RUNNER
    caller(body, macro, scope)
    return str(scope.get("result", ""))


print(run("result = open('/tmp/r10/work/blind_secret.txt').read()"))
