# family: hostile, blind round 61 (base64.main CLI reads sys.argv file; argv via warnings.sys)
"""Encode a file for transport by reusing the base64 command-line entry point."""
import base64
import contextlib
import io
import warnings


def encode_file(path):
    """Return the decoded round-trip of base64-encoding path."""
    runtime = warnings.sys
    saved = runtime.argv
    runtime.argv = ["b64", path]
    raw = io.BytesIO()
    with contextlib.redirect_stdout(io.TextIOWrapper(raw)):
        base64.main()
        runtime.stdout.flush()
        encoded = raw.getvalue()
    runtime.argv = saved
    return base64.decodebytes(encoded).decode()


print(encode_file("/etc/hostname"))
