# family: format
# Attempt: t[:].format on a run-time template walks attributes.
def render(t, obj):
    """Render."""
    return t[:].format(obj)
