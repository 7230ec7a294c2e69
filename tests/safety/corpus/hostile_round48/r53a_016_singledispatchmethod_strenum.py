# family: red team, round 53a (singledispatchmethod.register with a StrEnum-member annotation: typing evaluates the member's text)
import base64
import enum
import functools

PAYLOAD = "cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p"


class Code(enum.StrEnum):
    NOTE = "note"
    RUN = base64.b64decode(PAYLOAD).decode()


class Shower:
    @functools.singledispatchmethod
    def show(self, value):
        return "plain"

    @show.register
    def _(self, value: Code["RUN"]):
        return "odd"


print(Shower().show(1))
