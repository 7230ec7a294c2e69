# family: red team, round 53b (str.format bound to a name, called on a decoded template)
import base64


def probe():
    return 1


tpl = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
fmt = str.format
print(fmt(tpl, probe))
