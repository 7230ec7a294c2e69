# family: modules handed out by allowed modules
import fnmatch


def tool() -> str:
    return fnmatch.os.environ.get("HOME", "")
