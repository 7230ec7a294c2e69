# family: red team, round 50a (module imported twice: ipaddress.IPv4Network base has two module bindings, library_name gives None)
import base64
import ipaddress
import ipaddress


def hook(cls):
    print("hook ran on", cls)


class Net(ipaddress.IPv4Network):
    def _prefix_from_prefix_string(self):
        print(type(self))
        name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
        base = type(self)("B", (), {name: classmethod(hook)})
        type(self)("D", (base,), {})
        return 24


def main():
    print(Net(("10.0.0.0", int)))


main()
