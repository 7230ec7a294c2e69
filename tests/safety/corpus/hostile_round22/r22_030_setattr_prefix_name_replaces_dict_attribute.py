# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: as rt_028, a setattr with a "visit_" + kind name is not recorded in ctx.stored_attributes, so
# peers._dict_attribute still trusts self.visit_table to be the plain dict every *recorded* store makes. The tool
# replaces it with a Spy whose .get receives type(x): `type` itself for x = int, then called with three
# arguments to make a class with a __repr__ hook named at run time.
class Spy:
    def get(self, key, default=None):
        return key


class Reader:
    def __init__(self):
        self.visit_table = {}

    def load(self, kind, value):
        setattr(self, "visit_" + kind, value)

    def look(self, x):
        return self.visit_table.get(type(x))


def run():
    r = Reader()
    r.load("table", Spy())
    meta = r.look(int)
    print(meta)
    made = meta("Made", (), {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
