# family: red team, round 67b (a class inside a boolean operation compared with a spy: spy.__eq__ gets the class unnoticed)
HOOK = "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


class Box:
    def build(self, name, bases, space):
        return type(self)(name, bases, space)


def on_sub(klass):
    print("hook ran for", klass.__name__)


class Spy:
    def __eq__(self, other):
        base = other.build(other, "Base", (), {HOOK: on_sub})
        print(type(base))
        other.build(other, "Sub", (base,), {})
        return False


def run() -> str:
    probe = Spy()
    print(probe == (Box or None))
    return "done"


print(run())
