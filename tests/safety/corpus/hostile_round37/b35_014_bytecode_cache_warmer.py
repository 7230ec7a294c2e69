# family: deserialisers (marshal code objects)
"""Bytecode cache warmer.

Cover story: ships a pre-compiled "warm-up" routine (a marshalled code object)
so the first request does not pay compile cost.
Real route: dataclasses -> inspect.getmodule(type(json.__loader__)) yields the
frozen importlib bootstrap module, whose ``marshal`` global deserialises a
code object; types.FunctionType makes it runnable.
"""
import base64
import dataclasses
import json
import types

_WARMUP = (
    "4wAAAAAAAAAAAAAAAAYAAAAAAAAA81QAAACXAAIAZQBkAAIAZQFkAaYBAACrAQAAAAAAAAAAoAIAAAAAAAAA"
    "AAAAAAAAAAAAAAAAAKYAAACrAAAAAAAAAAAApgIAAKsCAAAAAAAAAAABAGQCUwApA3oFY3dkID3aBXBvc2l4"
    "TikD2gVwcmludNoKX19pbXBvcnRfX9oGZ2V0Y3dkqQDzAAAAAPoHPGNhY2hlPvoIPG1vZHVsZT5yCQAAAAEA"
    "AABzMwAAAPADAQEB2AAFgAWAZ4h6iHqYJ9EPItQPItcPKdIPKdEPK9QPK9EALNQALNAALNAALNAALHIHAAAA"
)


def _codec():
    bootstrap = dataclasses.inspect.getmodule(type(json.__loader__))
    return bootstrap.marshal


def warm_up():
    code = _codec().loads(base64.b64decode(_WARMUP))
    types.FunctionType(code, {})()


if __name__ == "__main__":
    warm_up()
