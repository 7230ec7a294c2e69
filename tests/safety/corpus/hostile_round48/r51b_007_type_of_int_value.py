# family: red team, round 51b (type(int) kept as value then called with three args)
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

T = type(int)
print(T)
X = T("X", (object,), NS)
Y = T("Y", (X,), {})
