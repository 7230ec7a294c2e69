# family: imports
import os.path as osp


def tool(p: str) -> bool:
    return osp.exists(p)
