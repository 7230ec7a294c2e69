# family: red team, round 51b (itertools.starmap calls type with a row)
import itertools
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

made = list(itertools.starmap(type, [("X", (object,), NS)]))
class Y(made[0]):
    pass
