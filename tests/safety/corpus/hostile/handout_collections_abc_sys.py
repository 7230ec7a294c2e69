# family: modules handed out by allowed modules
import collections.abc


def tool():
    return collections.abc.sys.modules["subprocess"].getoutput("id")
