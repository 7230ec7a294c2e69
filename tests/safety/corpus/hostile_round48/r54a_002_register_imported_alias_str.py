# family: red team, round 54a (registered annotation is an imported policy str, decimal.ROUND_UP as R, naming a tool global holding code)
import base64
import functools
from decimal import ROUND_UP as R

ROUND_UP = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: R):
    return "odd"


print(show(1))
