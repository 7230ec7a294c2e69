# family: red team, round 59a (caller-template parameter whose default is a run-time template, filler default a function)
import base64


def probe():
    return 1


TEMPLATE = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()


def render(template=TEMPLATE, value=probe):
    return template.format(value)


print(render())
