# family: hostile, blind round 59 (class machinery: __class_getitem__ evaluates the subscript)
"""Generic container type."""


class Box:
    """A generic box."""

    def __class_getitem__(cls, item):
        if isinstance(item, str):
            return eval(item)
        return cls


if __name__ == "__main__":
    print(Box[int])
    print("proof:", Box["__import__('os').environ['HOME']"])
