# family: red team, round 56a (@show.register over a tool decorator that returns another function)
"""exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""
import base64
import functools


def other(value: __doc__):
    return "odd"


def swap(f):
    return other


@functools.singledispatch
def show(value):
    return "plain"


@show.register
@swap
def _(value: int):
    return "odd"


print(show(1))
