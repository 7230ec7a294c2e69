# family: modules handed out by allowed modules
import dataclasses


def tool():
    frame = dataclasses.inspect.currentframe()
    return list(frame.f_back.f_globals)
