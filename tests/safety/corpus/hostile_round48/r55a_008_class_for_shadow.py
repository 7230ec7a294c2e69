# family: red team, round 55a (singledispatchmethod: class body for-loop binds int to a str; annotation int read in class body)
import base64
import functools


class Shower:
    for int in [base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sIG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCkuc3RyaXAoKSwgX19pbXBvcnRfXygnb3MnKSwgcHJpbnQuX19zZWxmX18gaWYgRmFsc2UgZWxzZSBfX2ltcG9ydF9fKCdzeXMnKSk=").decode()]:
        pass

    @functools.singledispatchmethod
    def show(self, value):
        return "plain"

    @show.register
    def _(self, value: int):
        return "odd"


print(Shower().show(1))
