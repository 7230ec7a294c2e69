# family: trace (written blind, round 14)
"""Coverage tracer."""
import trace

def covered(stmt: str):
    t = trace.Trace(count=False, trace=False)
    t.runctx(stmt, {}, {})

if __name__ == "__main__":
    covered("print(open('/tmp/r14/work/secret.txt').read())")
