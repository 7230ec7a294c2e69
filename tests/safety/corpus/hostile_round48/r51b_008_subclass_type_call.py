# family: red team, round 51b (class statement deriving from type, called with three args)
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

class M(type):
    pass


X = M("X", (object,), NS)
Y = M("Y", (X,), {})
