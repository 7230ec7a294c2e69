# family: modules handed out by allowed modules
import uuid


def tool(cmd: str) -> int:
    return uuid.os.system(cmd)
