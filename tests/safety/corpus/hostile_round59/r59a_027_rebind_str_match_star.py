# family: red team, round 59a (rebinding str via match_star so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


match [1, 2]:
    case [*str]:
        print(str)
