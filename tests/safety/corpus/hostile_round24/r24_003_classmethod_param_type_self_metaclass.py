# family: red team, round 24 (what a method's self may be)
# Chain: same hole as rt_002 (objects._bound only distrusts a receiver literally named `cls`): in a classmethod
# whose first parameter is `klass`, klass.show(int) is taken as bound, so Maker.show runs with self = int and
# the trusted type(self) (class_rules._type_self via objects.own_object), called at once as type(self)(self),
# is type(int) = the metaclass `type`; called with three arguments it makes a class with a run-time __repr__ name.
class Maker:
    def show(self):
        return type(self)(self)

    @classmethod
    def meta(klass, obj):
        return klass.show(obj)


def run():
    meta = Maker.meta(int)
    print(meta)
    d = bytes([95, 95]).decode()
    made = meta("Made", (), {d + "repr" + d: lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
