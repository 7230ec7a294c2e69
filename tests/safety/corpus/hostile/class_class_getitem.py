# family: class machinery
class Box:
    def __class_getitem__(cls, item):
        return cls


def tool():
    return Box[int]
