# family: format (written blind, second set)
import fnmatch

_TEMPLATE = "{m.__globals__[os].environ[PATH]}"


def run(pattern: str) -> str:
    return pattern + " " + _TEMPLATE.format_map({"m": fnmatch.fnmatch})


print(run("*.py"))
