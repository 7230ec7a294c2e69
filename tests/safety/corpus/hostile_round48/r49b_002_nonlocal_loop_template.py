# family: red team, round 49b (nonlocal loop target: template table resolved in the wrong scope)
import base64


def f():
    pass


def outer(obj):
    T = ("{0}",)
    tpl = "{0}"

    def inner():
        nonlocal tpl
        T = [base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]
        for tpl in T:
            pass

    inner()
    return tpl.format(obj)


print(outer(f))
