# family: red team, round 56a (class named __doc__ defined after the register call: annotation is the docstring)
"""exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""
import base64
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: __doc__):
    return "odd"


class __doc__:
    pass


print(show(1))
