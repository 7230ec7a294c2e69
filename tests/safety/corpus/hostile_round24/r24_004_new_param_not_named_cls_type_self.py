# family: red team, round 24 (what a method's self may be)
# Chain: same root cause as rt_002 (objects._bound distrusts only a receiver literally named `cls`), through
# __new__: its first parameter `k` is the class, and k.show(obj) passes as a bound call, so Maker.show runs with
# self = int; its trusted type(self)(self) is type(int) = the metaclass `type`, called with three arguments to
# make a class whose __repr__ hook name is built at run time.
class Maker:
    def show(self):
        return type(self)(self)

    def __new__(k, obj):
        return k.show(obj)


def run():
    meta = Maker(int)
    print(meta)
    d = bytes([95, 95]).decode()
    made = meta("Made", (), {d + "repr" + d: lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
