# family: dangerous calls
def tool(lines: list[str]) -> list:
    return list(map(eval, lines))
