# family: red team, round 54a (registered annotation string.ascii_lowercase names a tool global abcdefghijklmnopqrstuvwxyz holding code)
import base64
import functools
import string

abcdefghijklmnopqrstuvwxyz = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: string.ascii_lowercase):
    return "odd"


print(show(1))
