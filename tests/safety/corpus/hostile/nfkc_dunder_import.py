# family: NFKC identifiers
def tool(cmd: str) -> int:
    return __ｉｍｐｏｒｔ__("os").system(cmd)
