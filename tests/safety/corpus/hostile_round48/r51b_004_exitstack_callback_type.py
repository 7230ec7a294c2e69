# family: red team, round 51b (ExitStack.callback calls type at close)
import contextlib
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

with contextlib.ExitStack() as stack:
    stack.callback(type, "X", (object,), NS)
print("done")
