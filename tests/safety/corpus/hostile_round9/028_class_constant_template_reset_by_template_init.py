# family: red team, round 9 (class_constant_template_reset_by_template_init)
# self.template.format(...) is trusted when `template` is a class constant nothing assigns. string.Template
# .__init__ (receiver resolves to an imported class, so the constructor rule lets it through) is called on the
# tool's own object and sets its `template` attribute to a run-time template: no store is recorded.
import typing
from string import Template


class Page:
    template = "{0.title}"

    def render(self, obj):
        return self.template.format(obj)


class Report:
    def __init__(self, title: str) -> None:
        self.title = title


def _d(word):
    u = "_"
    return u + u + word + u + u


def run():
    page = Page()
    walk = "{0." + _d("init") + "." + _d("globals") + "[typing].sys"
    Template.__init__(page, walk + ".modules[os]} " + walk + ".executable}")
    return page.render(Report("t"))


print(run())
