# family: red team, round 49a (the override lives in a plain mixin with no library base: IPv6Network((addr, int)) runs cls._prefix_from_prefix_string(int) through the subclass, found on the mixin)
import base64
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


def main():
    print(Net(("2001:db8::", int)))


main()
