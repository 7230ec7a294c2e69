# family: red team, round 52b (register: string annotation names io.FileIO, read back from the registry)
import functools
import io


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: "io.FileIO") -> str:
    return "file"


for kind in show.registry:
    if kind is not object:
        reader = kind("/etc/hostname")
        print(reader.read().decode())
        reader.close()
