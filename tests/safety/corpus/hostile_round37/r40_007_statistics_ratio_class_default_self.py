# family: red team, round 40 (statistics.mean([Cls]) calls Cls.as_integer_ratio() unbound; self defaults to a builtin class)
import statistics
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Amount:
    def as_integer_ratio(self=int):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})
        return (1, 1)


print(statistics.mean([Amount]))
