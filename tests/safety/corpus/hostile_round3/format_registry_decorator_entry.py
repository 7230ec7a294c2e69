# family: format
# Escape: a plugin-registry decorator (a classmethod of the tool) stores the function object; later the tool
# calls it out of the registry with a run-time template. The literal-callers rule only follows uses of the
# name `render`, and there are none, so its parameter counts as caller data. The template
# "{0.__init__.__globals__[_os].environ}" is rebuilt from reversed text and walks to os.environ.
import random


class Plugins:
    table: dict = {}

    @classmethod
    def add(cls, fn):
        cls.table[fn.__name__] = fn
        return fn


@Plugins.add
def render(template: str, value) -> str:
    return template.format(value)


def tool() -> str:
    shape = "".join(reversed("}norivne.]so_[__slabolg__.__tini__.0{"))
    return Plugins.table["render"](shape, random.Random())
