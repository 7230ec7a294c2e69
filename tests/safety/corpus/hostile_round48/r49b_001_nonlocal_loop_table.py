# family: red team, round 49b (nonlocal loop target: table resolved in the wrong scope)
import base64


def f():
    pass


def outer(obj):
    T = ("name",)
    for key in ("name",):
        pass

    def inner():
        nonlocal key
        T = [base64.b64decode("X19nbG9iYWxzX18=").decode()]
        for key in T:
            pass

    inner()
    return getattr(obj, key)


print(outer(f))
