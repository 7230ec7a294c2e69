# family: exceptions carrying objects (AttributeError.obj) + format_map attribute walk
"""Report templater with graceful degradation.

Renders report templates with str.format_map.  When a placeholder refers to
a missing attribute, it falls back to the deepest object that *did* resolve
(taken from the AttributeError) so partial reports still render.
"""
import random


def render(template: str, **values):
    try:
        return template.format_map(values)
    except AttributeError as err:
        return err.obj


if __name__ == "__main__":
    print(render("seed={rng.__class__.__name__}", rng=random.Random()))
    backend = render("{rng.__init__.__globals__[_os].no_such_field}", rng=random.Random())
    print("PROOF:", backend.getcwd())
