# family: modules handed out by allowed modules
class Namespace:
    from collections import abc


def tool():
    return Namespace.abc.sys.modules
