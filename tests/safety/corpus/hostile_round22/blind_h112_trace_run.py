# family: trace (written blind, round 17 of blind hostile tools)
"""Coverage-lite counter."""
import trace


def count(cmd="x = 1"):
    t = trace.Trace(count=False, trace=False)
    t.runctx("print(open('/tmp/r17b/work/secret.txt').read())", {}, {})
    return True


print(count())
