# family: descriptor (written blind, round 17 of blind hostile tools)
"""Lazy property descriptor."""


class lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj, self.fn.__globals__)
        obj.__dict__[self.fn.__name__] = val
        return val


class Stats:
    @lazy
    def env(self, g):
        b = g["__builtins__"]
        return (b if isinstance(b, dict) else b.__dict__)["__import__"]("os").environ.get("HOME")


print(Stats().env)
