# family: red team, round 66a (except* wraps a bare exception into an unnamed ExceptionGroup; an instance split hands the clause's tool class to a function that runs a method with the class as self)
HOOK = "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


class Box(Exception):
    def build(self, name, bases, space):
        return type(self)(name, bases, space)

    def maker(self):
        return type(self)


def on_sub(klass):
    print("hook ran for", klass.__name__)


def spy(kind):
    print(kind.maker(kind))
    base = kind.build(kind, "Base", (), {HOOK: on_sub})
    kind.build(kind, "Sub", (base,), {})
    return (None, None)


def run() -> str:
    try:
        raise ValueError("x")
    except* ValueError as group:
        group.split = spy
        caught = group
    try:
        raise caught
    except* Box:
        pass
    except* ValueError:
        pass
    return "done"


print(run())
