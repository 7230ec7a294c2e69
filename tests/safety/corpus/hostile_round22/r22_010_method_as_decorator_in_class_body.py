# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: a method of the class used as a decorator inside its own class body (@build over @give_int) is
# called with whatever the inner decorator returns as self -- here the class int. objects.own_object only
# looks for uses of the method's name as a value in the class body, and a decorator is not recorded as one,
# so type(self) is trusted (class_rules TYPE_SELF) while it is the metaclass `type`: called with three
# arguments it makes a class whose __repr__ hook has a run-time name.
def give_int(f):
    return int


class Maker:
    def build(self):
        meta = type(self)
        print(meta)
        made = meta("Made", (), {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
        print(repr(made()))
        return made

    @build
    @give_int
    def other(self):
        return 1
