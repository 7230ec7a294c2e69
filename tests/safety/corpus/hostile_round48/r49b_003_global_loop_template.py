# family: red team, round 49b (global loop target in a function: template table looked up at module level)
import base64

T = ("{0}",)
tpl = "{0}"


def f():
    pass


def load():
    global tpl
    T = [base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]
    for tpl in T:
        pass


load()
print(tpl.format(f))
