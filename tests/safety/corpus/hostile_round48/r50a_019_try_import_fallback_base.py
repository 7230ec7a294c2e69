# family: red team, round 50a (the usual try/except ImportError fallback binds the base's module twice: library_overrides finds no library base)
import base64

try:
    import ipaddress
except ImportError:
    import ipaddress


def hook(cls):
    print("hook ran on", cls)


class Helper:
    def _prefix_from_prefix_string(self):
        print(type(self))
        name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
        base = type(self)("B", (), {name: classmethod(hook)})
        type(self)("D", (base,), {})
        return 64


class Net(Helper, ipaddress.IPv6Network):
    pass


print(Net(("2001:db8::", int)))
