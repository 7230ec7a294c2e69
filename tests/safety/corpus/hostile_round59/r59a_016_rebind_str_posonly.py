# family: red team, round 59a (rebinding str via posonly so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


def go(str, /):
    return str("x").format(probe)
print(go(lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()))
