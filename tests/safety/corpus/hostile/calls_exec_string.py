# family: dangerous calls
def run(snippet: str) -> dict:
    scope: dict = {}
    exec(snippet, scope)
    return {k: v for k, v in scope.items() if not k.startswith("_")}
