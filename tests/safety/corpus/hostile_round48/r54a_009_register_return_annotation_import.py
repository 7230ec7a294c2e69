# family: red team, round 54a (registered function's return annotation is an imported policy str, FIRST_COMPLETED as FC)
import base64
import functools
from asyncio import FIRST_COMPLETED as FC

FIRST_COMPLETED = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: int) -> FC:
    return "odd"


print(show(1))
