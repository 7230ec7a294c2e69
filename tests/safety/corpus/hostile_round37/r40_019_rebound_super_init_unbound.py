# family: red team, round 40 (a module function named 'super' returns a tool class; attributes._is_super_call and objects._bound trust super().__init__(x) by name, so Holder.__init__ runs with a builtin class as self)
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


def super():
    return Holder


class Holder:
    def __init__(self, *rest):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


class Record:
    def __init__(self, value):
        super().__init__(int)
        self.value = value


Record(1)
