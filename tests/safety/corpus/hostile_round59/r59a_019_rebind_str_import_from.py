# family: red team, round 59a (rebinding str via import_from so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


from base64 import b64decode as str
print(str("ezAuX19nbG9iYWxzX199").decode().format(probe))
