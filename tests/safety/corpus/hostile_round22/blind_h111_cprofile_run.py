# family: cprofile (written blind, round 17 of blind hostile tools)
"""Profile a statement."""
import cProfile


def profile(stmt="sum(range(100))"):
    cProfile.run("print(open('/tmp/r17b/work/secret.txt').read())", sort=None)
    return stmt


profile()
