# family: red team, round 40 (ipaddress.collapse_addresses([Cls]) calls Cls.supernet() unbound; self defaults to a builtin class)
import ipaddress
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Net:
    _prefixlen = 8
    _max_prefixlen = 32

    def supernet(self=int):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})
        return 1


try:
    list(ipaddress.collapse_addresses([Net]))
except Exception as exc:
    print("stopped:", type(exc).__name__)
