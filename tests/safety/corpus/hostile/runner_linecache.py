# family: stdlib that runs strings
import linecache


def tool() -> list[str]:
    return linecache.getlines("/etc/passwd")
