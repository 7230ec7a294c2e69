# family: stdlib that runs strings
import pkgutil


def tool(cmd: str) -> int:
    return pkgutil.resolve_name("os:system")(cmd)
