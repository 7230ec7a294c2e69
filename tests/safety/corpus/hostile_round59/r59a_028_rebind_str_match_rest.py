# family: red team, round 59a (rebinding str via match_rest so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


match {"k": 1}:
    case {**str}:
        print(str)
