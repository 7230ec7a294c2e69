# family: imports
def tool(src: str, dst: str, really: bool = True) -> str:
    if really:
        import shutil

        shutil.copy(src, dst)
    return dst
