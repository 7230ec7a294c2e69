# family: NFKC identifiers
def tool() -> dict:
    return ℊlobals()
