# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: peers._dict_attribute trusts self.handlers to be a plain dict when every *store* of `handlers` makes a
# dict and no class body binds or annotates it; it never asks whether the class has a library base that sets
# attributes from constructor arguments. P inherits a collections.namedtuple with a field `handlers`, so
# self.handlers is whatever P() got: a Spy whose .get receives type(x) -- `type` itself for x = int.
from collections import namedtuple

Base = namedtuple("Base", "handlers")


class Other:
    def __init__(self):
        self.handlers = {}


class P(Base):
    def look(self, x):
        return self.handlers.get(type(x))


class Spy:
    def get(self, k, default=None):
        return k


def run():
    meta = P(Spy()).look(int)
    print(meta)
    made = meta("Made", (), {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
