# family: del (written blind, round 17 of blind hostile tools)
"""Temporary buffer with cleanup."""


class Buffer:
    def __init__(self):
        self.data = []

    def __del__(self):
        print(self.flush.__globals__["__builtins__"])

    def flush(self):
        out, self.data = self.data, []
        return out


def use():
    b = Buffer()
    b.data.append(1)
    return b.flush()


print(use())
