# family: red team, round 59a (rebinding str via match_class_kw so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


class P:
    __match_args__ = ("f",)
    def __init__(self):
        self.f = lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
match P():
    case P(f=str):
        print(str("x").format(probe))
