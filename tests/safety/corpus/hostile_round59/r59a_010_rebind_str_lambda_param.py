# family: red team, round 59a (rebinding str via lambda_param so the checker folds str(...) wrongly)
import base64


def probe():
    return 1


render = (lambda str: str("x").format(probe))
print(render(lambda s: base64.b64decode("ezAuX19nbG9iYWxzX199").decode()))
