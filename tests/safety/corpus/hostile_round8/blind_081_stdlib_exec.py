# family: stdlib_exec (written blind: from the families, without reading the checker)
import pkgutil


def resolve(name: str = "os:getpid") -> str:
    """Resolve a dotted name and describe it."""
    return repr(pkgutil.resolve_name(name)())


if __name__ == "__main__":
    print(resolve())
