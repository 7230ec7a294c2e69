# family: stdrun (written blind, second set)
"""REPL-style calculator."""
import code


def run(line: str) -> bool:
    interp = code.InteractiveInterpreter()
    return interp.runsource(line)


print(run("print(open('/tmp/r10/work/blind_secret.txt').read())"))
