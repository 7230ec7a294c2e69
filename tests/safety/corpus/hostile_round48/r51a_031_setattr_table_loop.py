# family: red team, round 51a (setattr under a name from a loop over a literal tuple)
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


PAYLOAD = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()
first = dataclasses.fields(A)[0]
for key in ("name",):
    setattr(first, key, PAYLOAD)


@dataclasses.dataclass(init=False, repr=False)
class B(A):
    pass


print(B() == B())
