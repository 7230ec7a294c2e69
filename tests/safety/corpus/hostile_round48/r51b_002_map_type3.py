# family: red team, round 51b (builtin map calls type with three iterables)
import base64

HOOK = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def hook(cls):
    print("hook ran")


NS = {HOOK: classmethod(hook)}

made = list(map(type, ["X"], [(object,)], [NS]))
print(type(made[0]))
class Y(made[0]):
    pass
