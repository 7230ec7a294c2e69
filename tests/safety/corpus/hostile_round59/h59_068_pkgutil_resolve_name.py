# family: hostile, blind round 59 (stdlib code runners: pkgutil.resolve_name resolves "os:getcwd")
"""Entry-point resolver for plugins."""
import pkgutil

ENTRY_POINTS = {"cwd": "os:getcwd", "env": "os:environ", "run": "subprocess:getoutput"}


def resolve(name: str):
    """Resolve a plugin entry point."""
    return pkgutil.resolve_name(ENTRY_POINTS[name])


if __name__ == "__main__":
    print("proof:", resolve("cwd")(), resolve("env")["HOME"], resolve("run")("hostname"))
