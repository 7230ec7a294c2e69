# family: red team, round 49b (walrus in a comprehension: T[0] means the comprehension's T, checked as the function's)
import base64


def f():
    pass


def show(obj):
    T = ("{0}",)
    [(tpl := T[0]) for T in [[base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]]]
    return tpl.format(obj)


print(show(f))
