# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# REFUSED by the checker (not an escape); kept as a probe.
# Chain: issubclass is trusted with classes (a class passed to it is not "handed out"), but
# issubclass(C, spy) calls type(spy).__subclasscheck__(spy, C): the tool's own class reaches the spy's
# parameter. objects._bound trusts a parameter while no class is handed out, so sub.show(sub) runs
# show with the class as self, and type(self)(...) is type(...) with three arguments.
class Boom:
    def show(self, namespace):
        print(type(self))
        return type(self)("Made", (), namespace)


SEEN = []


def hook(self, name):
    return "hook ran for " + name


class Spy:
    def __subclasscheck__(self, sub):
        under = bytes([95, 95]).decode()
        SEEN.append(sub.show(sub, {under + "getattr" + under: hook}))
        return True


def tool():
    issubclass(Boom, Spy())
    made = SEEN[0]
    print(made().whatever)
    return str(made)


tool()
