# family: typing (written blind, round 14)
"""Type helpers."""
import typing

def describe(tp) -> str:
    return typing.get_origin(tp).__name__ if typing.get_origin(tp) else str(tp)

def loaded():
    return typing.sys.modules["os"].environ.get("HOME")

if __name__ == "__main__":
    print(describe(list[int]), loaded())
