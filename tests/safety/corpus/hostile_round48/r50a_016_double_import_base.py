# family: red team, round 50a (library base named through a name imported twice: library_name gives None, so library_overrides misses IPv4Network's classmethods)
import base64
from ipaddress import IPv4Network
from ipaddress import IPv4Network


def hook(cls):
    print("hook ran on", cls)


class Net(IPv4Network):
    def _prefix_from_prefix_string(self):
        print(type(self))
        name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
        base = type(self)("B", (), {name: classmethod(hook)})
        type(self)("D", (base,), {})
        return 24


def main():
    print(Net(("10.0.0.0", int)))


main()
