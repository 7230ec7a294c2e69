# family: red team, round 54a (register a bound method obj.m whose annotation names a policy str)
import asyncio
import base64
import functools

FIRST_EXCEPTION = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


class Holder:
    def m(self, value: asyncio.FIRST_EXCEPTION):
        return "odd"


h = Holder()
show.register(h.m)
print(show(1))
