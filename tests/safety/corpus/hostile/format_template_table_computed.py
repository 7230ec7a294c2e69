# family: format strings
def tool(obj, parts: list[str]) -> str:
    templates = {"walk": "{0." + ".".join(parts) + "}"}
    chosen = templates["walk"]
    return chosen.format(obj)
