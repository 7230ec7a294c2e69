# family: names built at run time
import json


def tool() -> None:
    delattr(json, "loads")
