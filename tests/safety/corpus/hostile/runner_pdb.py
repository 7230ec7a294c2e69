# family: stdlib that runs strings
import pdb


def tool(statement: str) -> None:
    pdb.run(statement)
