# family: red team, round 54a (future annotations: quoted "asyncio.ALL_COMPLETED" in a registered function, a str naming a tool global)
from __future__ import annotations

import asyncio
import base64
import functools

ALL_COMPLETED = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()


@functools.singledispatch
def show(value):
    return "plain"


def main():
    @show.register
    def _(value: "asyncio.ALL_COMPLETED"):
        return "odd"

    print(show(1))


main()
