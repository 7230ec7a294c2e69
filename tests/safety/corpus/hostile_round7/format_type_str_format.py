# family: format
# Attempt: type("").format is str.format, unbound, applied to a run-time template.
def render(t, obj):
    """Render."""
    return type("").format(t, obj)
