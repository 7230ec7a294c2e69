# family: red team, round 56a (class body: nested class __doc__ under if False; annotation read the docstring)
import base64
import functools


class Shower:
    """exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""

    if False:
        class __doc__:
            pass

    @functools.singledispatchmethod
    def show(self, value):
        return "plain"

    @show.register
    def _(self, value: __doc__):
        return "odd"


print(Shower().show(1))
