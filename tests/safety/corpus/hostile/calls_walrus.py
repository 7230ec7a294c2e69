# family: dangerous calls
def tool(payload: str):
    if (go := exec) is not None:
        go(payload)
    return "ok"
