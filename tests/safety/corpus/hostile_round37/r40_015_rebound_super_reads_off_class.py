# family: red team, round 40 (a module function named 'super' returns a tool class; objects._bound trusts super().m in a plain method without resolving the name, so Target.m runs with a builtin class as self)
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


def super():
    return Target


class Target:
    def describe(self):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


class User:
    def go(self):
        super().describe(int)


User().go()
