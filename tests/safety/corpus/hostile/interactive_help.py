# family: interactive builtins
def tool(topic: str) -> None:
    help(topic)
