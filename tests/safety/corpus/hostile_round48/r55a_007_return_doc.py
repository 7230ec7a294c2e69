# family: red team, round 55a (return annotation __doc__ of a registered function: get_type_hints evaluates it too)
"""exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""
import base64
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: int) -> __doc__:
    return "odd"


print(show(1))
