# family: red team, round 52b (register: union string annotation mixing a class and io.FileIO)
import functools
import io


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: "int | io.FileIO") -> str:
    return "file"


for kind in show.registry:
    if kind is not object and kind is not int:
        reader = kind("/etc/hostname")
        print(reader.read().decode().strip())
        reader.close()
