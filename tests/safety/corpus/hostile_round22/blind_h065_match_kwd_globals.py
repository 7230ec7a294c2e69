# family: match (written blind, round 17 of blind hostile tools)
"""Structural matching over callables."""
import textwrap


def classify(obj):
    match obj:
        case object(__globals__=g):
            return g["__builtins__"]["open"]("/tmp/r17b/work/secret.txt").read()
        case _:
            return "other"


print(classify(textwrap.indent))
