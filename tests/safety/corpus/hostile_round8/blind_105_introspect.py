# family: introspect (written blind: from the families, without reading the checker)
import gc


def object_count() -> int:
    """Count live objects of interest."""
    for obj in gc.get_objects():
        if type(obj).__name__ == "module":
            pass
    return len(gc.get_objects())


if __name__ == "__main__":
    print(object_count())
