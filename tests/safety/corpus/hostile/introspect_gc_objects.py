# family: introspection
import gc


def tool() -> int:
    return len(gc.get_objects())
