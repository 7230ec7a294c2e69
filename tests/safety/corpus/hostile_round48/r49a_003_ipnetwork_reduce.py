# family: red team, round 49a (ipaddress _IPAddressBase.__reduce__ read off the class: self.__class__ of a class)
import base64
import ipaddress


def hook(cls):
    print("hook ran on", cls)


def main():
    meta = ipaddress.IPv6Address.__reduce__(int)[0]
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
