# family: red team, round 56a (class body: typing.Optional[__doc__] with nested class __doc__ in a loop that never runs)
import base64
import functools
import typing


class Shower:
    """exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""

    @functools.singledispatchmethod
    def show(self, value):
        return "plain"

    @show.register
    def _(self, value: typing.Optional[__doc__]):
        return "odd"

    for _n in []:
        class __doc__:
            pass


print(Shower().show(1))
