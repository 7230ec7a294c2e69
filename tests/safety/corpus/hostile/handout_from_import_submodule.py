# family: modules handed out by allowed modules
from json import decoder


def tool():
    return decoder.re.sys.modules["os"].getcwd()
