# family: introspect
# Attempt: an exception's __context__ carries the earlier exception and its traceback.
def safe_div(a, b):
    """Divide."""
    try:
        try:
            return a / b
        except ZeroDivisionError:
            raise ValueError("bad")
    except ValueError as e:
        return e.__context__
