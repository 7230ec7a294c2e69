# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# REFUSED by the checker (not an escape); kept as a probe.
# Chain: a class statement with a non-class base calls base.__mro_entries__(bases): the bases tuple holds
# the tool's own class Boom (named only as a base, a "class position", so not handed out). The hook's
# parameter is trusted as an object, b.show(b) runs show with the class as self, and type(self)(...)
# is type(...) with three arguments.
class Boom:
    def show(self, namespace):
        print(type(self))
        return type(self)("Made", (), namespace)


SEEN = []


def hook(self, name):
    return "hook ran for " + name


class Spy:
    def __mro_entries__(self, bases):
        b = bases[1]
        under = bytes([95, 95]).decode()
        SEEN.append(b.show(b, {under + "getattr" + under: hook}))
        return ()


SPY = Spy()


class Child(SPY, Boom):
    pass


def tool():
    made = SEEN[0]
    print(made().whatever)
    return str(made)


tool()
