# family: red team, round 59a (rebinding str via for_tuple_target so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


for (str, y) in [(lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode(), 1)]:
    print(str("x").format(probe))
