# family: red team, round 40 (objects.own_object: a nested def rebinds the method's self through nonlocal before type(self))
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Target:
    def describe(self):
        def swap():
            nonlocal self
            self = int

        swap()
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


Target().describe()
