# family: dangerous calls
def tool(payload: str):
    helpers = [len, str, eval]
    return helpers[-1](payload)
