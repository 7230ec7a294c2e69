# family: classmach (written blind: from the families, without reading the checker)
import random


class Plugin:
    registry: dict = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[cls.__name__] = len(random._os.environ)


class Csv(Plugin):
    pass


def plugins() -> dict:
    """List plugins."""
    return dict(Plugin.registry)


if __name__ == "__main__":
    print(plugins())
