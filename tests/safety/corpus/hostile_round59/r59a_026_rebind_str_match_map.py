# family: red team, round 59a (rebinding str via match_map so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


match {"k": (lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode())}:
    case {"k": str}:
        print(str("x").format(probe))
