# family: code (written blind, round 14)
"""REPL-style evaluator."""
from code import InteractiveInterpreter

def run_snippet(src: str) -> None:
    InteractiveInterpreter().runsource(src)

if __name__ == "__main__":
    run_snippet("print(open('/tmp/r14/work/secret.txt').read())")
