# family: red team, round 51b (partial of type)
import functools
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

mk = functools.partial(type, "X")
X = mk((object,), NS)
class Y(X):
    pass
