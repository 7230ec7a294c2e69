# family: dangerous calls
run_code = lambda source: exec(source, {})


def tool(source: str) -> str:
    run_code(source)
    return "done"
