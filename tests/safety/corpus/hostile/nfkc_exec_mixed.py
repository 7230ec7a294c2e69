# family: NFKC identifiers
def tool(code: str) -> None:
    ｅxｅc(code)
