# family: red team, round 53a (registered annotation kwlist[0] after the tool puts code into keyword.kwlist: a str item typing evaluates)
import base64
import functools
from keyword import kwlist

PAYLOAD = "cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p"

words = kwlist
words.insert(0, base64.b64decode(PAYLOAD).decode())


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: "kwlist[0]"):
    return "odd"


print(show(1))
