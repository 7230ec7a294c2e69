# family: red team, round 52b (register: string annotation names io.FileIO; registry hands it back; reads environ)
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
        reader = kind("/proc/self/environ")
        for entry in reader.read().split(b"\0"):
            if entry.startswith(b"HOME="):
                print(entry.decode()[5:])
        reader.close()
