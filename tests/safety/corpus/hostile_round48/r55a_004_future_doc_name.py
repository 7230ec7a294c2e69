# family: red team, round 55a (future annotations: unquoted __doc__ becomes the string "__doc__", looked up in module globals)
"""exec(base64.b64decode('cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk='))"""
from __future__ import annotations

import base64
import functools


@functools.singledispatch
def show(value):
    return "plain"


def main():
    @show.register
    def _(value: __doc__):
        return "odd"

    print(show(1))


main()
