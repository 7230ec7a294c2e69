# family: format
# Escape: Page.TITLE is a constant and nothing assigns an attribute TITLE, so self.TITLE.format is trusted. The
# tool calls the method through the class with a stand-in `self`: a SimpleNamespace built with the keyword
# TITLE=<run-time template>. str.format walks "{0.__init__.__globals__[_os].environ}" to the environment.
import random
import types


class Page:
    TITLE = "{0} - home"

    def title(self, site) -> str:
        return self.TITLE.format(site)


def tool(word: str = "globals") -> str:
    fake = types.SimpleNamespace(TITLE="{0.__init__.__" + word + "__[_os].environ}")
    return Page.title(fake, random.Random())
