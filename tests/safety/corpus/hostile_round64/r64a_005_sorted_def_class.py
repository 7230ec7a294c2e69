# family: red team, round 64a (a def named sorted gets the tool's class, read as a read-only argument; runs a method with int as self)
def text(codes):
    return "".join(chr(c) for c in codes)


class Maker:
    def build(self):
        made = type(self)
        print(made)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = made("Base", (), {hook: ran})
        made("Child", (base,), {})


def sorted(items):
    items.build(int)
    return []


print(sorted(Maker))
