# family: format
# Escape: `render` is never called by name, so its `template` parameter is trusted as caller data. But it is
# registered on a singledispatch function (annotations are plain classes), and the tool calls the dispatcher
# with a template it decoded: show(str) dispatches to render, which formats random.Random() with
# "{0.__init__.__globals__[_os].environ}" and returns the environment.
import base64
import functools
import random


@functools.singledispatch
def show(template, value) -> str:
    return repr(template)


@show.register
def render(template: str, value) -> str:
    return template.format(value)


def tool() -> str:
    return show(base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode(), random.Random())
