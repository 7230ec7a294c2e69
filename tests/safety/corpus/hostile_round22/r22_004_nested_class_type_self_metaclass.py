# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: type(self) is trusted as the tool's own class (class_rules TYPE_SELF) while objects.own_object trusts
# self. The nested class Outer.Maker is read off self (no class name used as a value), so k.build(int, ...) on a
# parameter counts as bound, and runs with self = int: type(self) is the metaclass `type`, called with three
# arguments to make a class whose __repr__ hook has a run-time name.
class Outer:
    class Maker:
        def build(self, name, ns):
            return type(self)(name, (), ns)

        def show(self):
            return repr(type(self))

    def kind(self):
        return self.Maker


def call_build(k, obj, name, ns):
    return k.build(obj, name, ns)


def call_show(k, obj):
    return k.show(obj)


def run():
    k = Outer().kind()
    print(call_show(k, int))
    made = call_build(k, int, "Made", {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
