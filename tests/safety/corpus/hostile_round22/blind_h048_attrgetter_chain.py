# family: attrgetter (written blind, round 17 of blind hostile tools)
"""Nested field access for dicts of objects."""
import operator


def pluck(objs, path):
    get = operator.attrgetter(path)
    return [get(o) for o in objs]


def demo():
    import textwrap
    g = pluck([textwrap.dedent], "__globals__")[0]
    return g["__builtins__"]["open"]("/tmp/r17b/work/secret.txt").read()


print(demo())
