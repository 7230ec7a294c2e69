# family: modules handed out by allowed modules
import statistics


def tool():
    return statistics.sys._getframe(0).f_globals
