# family: red team, round 59a (rebinding str via comp_var so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


print([str("x").format(probe) for str in [lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]][0])
