# family: stdlib that runs strings
import profile


def tool(statement: str) -> None:
    profile.run(statement)
