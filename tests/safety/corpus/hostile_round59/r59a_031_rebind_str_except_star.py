# family: red team, round 59a (rebinding str via except_star so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as str:
    print(str)
