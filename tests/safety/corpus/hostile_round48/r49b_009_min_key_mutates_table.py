# family: red team, round 49b (min(0, T, key=f) hands the table itself to the tool's key function)
import base64


def f():
    pass


def grab(value):
    if isinstance(value, list):
        value[0] = base64.b64decode("X19nbG9iYWxzX18=").decode()
    return 0


def read(obj):
    T = ["name"]
    min(0, T, key=grab)
    for key in T:
        return getattr(obj, key)


print(read(f))
