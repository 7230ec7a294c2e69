# family: stdlib that runs strings
import runpy


def tool(path: str) -> dict:
    return runpy.run_path(path)
