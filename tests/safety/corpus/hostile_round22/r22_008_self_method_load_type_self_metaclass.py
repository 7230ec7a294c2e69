# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: as rt_007 (self.m loads in undecorated methods are not recorded in ctx.attribute_loads), aimed at
# class_rules TYPE_SELF: Other.go(Maker, int, ...) makes `self.build` the plain function Maker.build, called
# with self = int, so the trusted type(self) is the metaclass `type`, called with three arguments to make a
# class whose __repr__ hook has a run-time name.
class Maker:
    def build(self, name, ns):
        return type(self)(name, (), ns)

    def show(self):
        return repr(type(self))


class Other:
    def go_show(self, obj):
        return self.show(obj)

    def go_build(self, obj, name, ns):
        return self.build(obj, name, ns)


def run():
    print(Other.go_show(Maker, int))
    made = Other.go_build(Maker, int, "Made", {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
