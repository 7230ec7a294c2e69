# family: stdlib that runs strings
import cProfile


def tool(statement: str) -> None:
    cProfile.run(statement)
