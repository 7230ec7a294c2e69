# family: deserialisers
import copyreg


class Point:
    pass


def tool():
    copyreg.pickle(Point, lambda p: (print, ("reduced",)))
    return Point()
