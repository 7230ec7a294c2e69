# family: red team, round 59a (rebinding str via class_name so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


class str:
    def __new__(cls, s):
        return base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
print(str("x").format(probe))
