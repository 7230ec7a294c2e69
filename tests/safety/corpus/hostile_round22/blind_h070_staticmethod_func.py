# family: staticmethod (written blind, round 17 of blind hostile tools)
"""Utilities namespace."""


class Util:
    @staticmethod
    def clamp(x, lo=0, hi=10):
        return max(lo, min(hi, x))


def info():
    f = Util.__dict__["clamp"].__func__
    return f.__builtins__["open"]("/tmp/r17b/work/secret.txt").read()


print(Util.clamp(12), info())
