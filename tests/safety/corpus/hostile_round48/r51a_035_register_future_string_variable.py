# family: red team, round 51a (singledispatch.register under future annotations evaluates a name holding a run-time string twice)
from __future__ import annotations
import base64
import functools

T = base64.b64decode("W3ByaW50KF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCksX19pbXBvcnRfXygnb3MnKS5lbnZpcm9uWydIT01FJ10sb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSxfX2ltcG9ydF9fKCdvcycpKSwgaW50XVsxXQ==").decode()


@functools.singledispatch
def show(value):
    return value


@show.register
def _(value: T):
    return value


print(show(1))
