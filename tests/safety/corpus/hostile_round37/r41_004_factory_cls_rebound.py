# family: red team, round 41 (objects._factory: the classmethod factory rebinds cls before return cls())
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Version:
    def __init__(self, major=0):
        self.major = major

    @classmethod
    def parse(cls, maker):
        cls = maker
        return cls()

    def bump(self):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


def latest():
    return Version


Version.parse(latest).bump(int)
