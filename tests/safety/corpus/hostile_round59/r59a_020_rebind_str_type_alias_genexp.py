# family: red team, round 59a (rebinding str via type_alias_genexp so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


print(next(str("x").format(probe) for str in [lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()]))
