# family: red team, round 56a (singledispatchmethod register over staticmethod, class __doc__ with late nested class)
import base64
import functools


class Shower:
    """exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""

    @functools.singledispatchmethod
    @staticmethod
    def show(value):
        return "plain"

    @show.register
    @staticmethod
    def _(value: __doc__):
        return "odd"

    class __doc__:
        pass


print(Shower.show(1))
