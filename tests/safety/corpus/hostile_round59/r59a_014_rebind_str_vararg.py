# family: red team, round 59a (rebinding str via vararg so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


def go(*str):
    return str
print("unused")
def g2(**str):
    return str
