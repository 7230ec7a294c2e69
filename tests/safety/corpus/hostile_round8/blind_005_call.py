# family: call (written blind: from the families, without reading the checker)
_LOADERS = [__import__]


def platform_tag(name: str = "os") -> str:
    """Return a short tag for the running platform."""
    mod = _LOADERS[0](name)
    return f"{name}-{mod.getpid()}"


if __name__ == "__main__":
    print(platform_tag())
