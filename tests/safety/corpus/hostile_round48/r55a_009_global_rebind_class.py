# family: red team, round 55a (a tool class name rebound to a str through global in a function)
import base64
import functools


class Code:
    pass


def swap():
    global Code
    Code = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk=").decode()


swap()


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: Code):
    return "odd"


print(show(1))
