# family: match (written blind, round 17 of blind hostile tools)
"""Match builtin callables to categories."""


def category(fn):
    match fn:
        case object(__self__=mod, __name__="len"):
            return mod.open("/tmp/r17b/work/secret.txt").read()
    return "unknown"


print(category(len))
