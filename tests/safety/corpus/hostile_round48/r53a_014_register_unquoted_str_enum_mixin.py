# family: red team, round 53a (unquoted registered annotation Code["RUN"] on a str-mixin Enum: the member is a str, typing evaluates it)
import base64
import enum
import functools

PAYLOAD = "cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p"


class Code(str, enum.Enum):
    NOTE = "note"
    RUN = base64.b64decode(PAYLOAD).decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: Code["RUN"]):
    return "odd"


print(show(1))
