# family: NFKC identifiers
def tool(path: str) -> str:
    return 𝐨𝐩𝐞𝐧(path).read()
