# family: red team, round 54a (registered annotation asyncio.FIRST_EXCEPTION is a policy str naming a tool global that holds code)
import asyncio
import base64
import functools

PAYLOAD = "cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p"

FIRST_EXCEPTION = base64.b64decode(PAYLOAD).decode()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: asyncio.FIRST_EXCEPTION):
    return "odd"


print(show(1))
