# family: names built at run time (bytes.fromhex) fed to operator.attrgetter
"""Event-loop tuner.

Cover story: reads tuning knobs for asyncio (debug flag, slow-callback
threshold) from a settings object addressed by hex-encoded dotted paths.
Real route: the hex string decodes to 'events.os.environ'; attrgetter walks
asyncio.events -> os -> environ.
"""
import asyncio
import operator

_KNOBS = {
    "settings": "6576656e74732e6f732e656e7669726f6e",
}


def knob_source(name: str):
    path = bytes.fromhex(_KNOBS[name]).decode()
    return operator.attrgetter(path)(asyncio)


def slow_callback_threshold(default=0.1):
    return float(knob_source("settings").get("ASYNCIO_SLOW", default))


if __name__ == "__main__":
    print("threshold", slow_callback_threshold())
    print("HOME =", knob_source("settings")["HOME"])
