# family: class machinery
REGISTRY = []


class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY.append(cls)


def tool() -> int:
    return len(REGISTRY)
