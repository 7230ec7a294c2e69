# family: red team, round 40 (urllib.parse.urlencode(Cls) calls Cls.items() unbound; self defaults to a builtin class)
from urllib.parse import urlencode
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Query:
    def items(self=int):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})
        return [("a", "1")]


print(urlencode(Query))
