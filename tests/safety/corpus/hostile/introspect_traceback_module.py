# family: introspection
import traceback


def tool() -> list:
    return traceback.extract_stack()
