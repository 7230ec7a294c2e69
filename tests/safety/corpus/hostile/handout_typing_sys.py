# family: modules handed out by allowed modules
import typing


def tool(cmd: str):
    return typing.sys.modules["os"].system(cmd)
