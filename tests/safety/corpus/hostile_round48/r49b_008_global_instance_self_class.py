# family: red team, round 49b (global binding made in a function: K() there returns a class, checked as module K)
import base64


class C:
    def m(self, name, bases, ns):
        print(type(self))
        return type(self)(name, bases, ns)


class K:
    pass


def load():
    global x

    def K():
        return C

    x = K()


def hook(cls, **kw):
    print("hook ran")


load()
ns = {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook}
X = x.m(x, "X", (), ns)
Y = x.m(x, "Y", (X,), {})
