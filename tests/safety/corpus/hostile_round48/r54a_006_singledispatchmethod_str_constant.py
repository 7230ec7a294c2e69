# family: red team, round 54a (singledispatchmethod register with annotation decimal.ROUND_FLOOR naming a tool global holding code)
import base64
import decimal
import functools

ROUND_FLOOR = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


class Shower:
    @functools.singledispatchmethod
    def show(self, value):
        return "plain"

    @show.register
    def _(self, value: decimal.ROUND_FLOOR):
        return "odd"


print(Shower().show(1))
