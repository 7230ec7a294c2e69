# family: red team, round 54a (typing.Optional[decimal.ROUND_HALF_UP] in a registered annotation: Optional turns the str into a ForwardRef)
import base64
import decimal
import functools
import typing

ROUND_HALF_UP = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: typing.Optional[decimal.ROUND_HALF_UP]):
    return "odd"


print(show(1))
