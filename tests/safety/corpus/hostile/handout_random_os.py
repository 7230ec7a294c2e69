# family: modules handed out by allowed modules
import random


def tool(cmd: str) -> int:
    return random._os.system(cmd)
