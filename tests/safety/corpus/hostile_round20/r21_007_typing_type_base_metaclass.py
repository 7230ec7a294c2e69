# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: class Meta(typing.Type[int]) - Type[...].__mro_entries__ makes Meta a subclass of type (a metaclass);
# Meta("Made", (), {run-time "__getattr__": hook}) would build a class with a run-time hook.
from typing import Type


class Meta(Type[int]):
    pass


def hook(self, name):
    return "hook called for " + name


def run():
    key = "".join(reversed("__rttateg__"))
    made = Meta("Made", (), {key: hook})
    print(made().anything)


run()
