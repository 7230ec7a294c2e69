# family: dangerous calls
def tool(code: str, run=exec) -> None:
    run(code)
