# family: red team, round 51b (ABCMeta called with three args)
import abc
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

X = abc.ABCMeta("X", (object,), NS)
class Y(X):
    pass
