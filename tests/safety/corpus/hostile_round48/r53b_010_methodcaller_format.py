# family: red team, round 53b (str.format on a decoded template: methodcaller_format)
import base64
import operator


def probe():
    return 1


tpl = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
tpl2 = base64.b64decode("e3AuX19nbG9iYWxzX199").decode()
print(operator.methodcaller("format", probe)(tpl))
