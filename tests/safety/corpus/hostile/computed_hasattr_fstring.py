# family: names built at run time
def tool(obj, part: str) -> bool:
    return hasattr(obj, f"__{part}__")
