# family: red team, round 59a (rebinding str via match_cap so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


match (lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()):
    case str:
        print(str("x").format(probe))
