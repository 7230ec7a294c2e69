# family: format
# Attempt: str(t).format walks attributes named in a run-time template.
def render(t, obj):
    """Render."""
    return str(t).format(obj)
