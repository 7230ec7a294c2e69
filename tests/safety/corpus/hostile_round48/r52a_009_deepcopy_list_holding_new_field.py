# family: red team, round 52a (copy.deepcopy of a list holding a FROZEN slots dataclass whose __new__ returns a live Field: frozen slots adds __setstate__-style list state, so copy tries __dict__ and fails)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


@dataclasses.dataclass(slots=True, frozen=True)
class Named:
    name: str
    ready: bool = False

    def __new__(cls, name="", ready=False):
        if ready:
            return object.__new__(cls)
        return dataclasses.fields(A)[0]


def main():
    items = [Named(base64.b64decode(CODE).decode(), True)]
    copy.deepcopy(items)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
