# family: class machinery (__init_subclass__ with class keywords) + warnings WarningMessage/linecache
"""Plugin auto-loader.

Cover story: subclasses declare ``source=...`` and the base class loads
their "manifest" at definition time, recording any problems as warnings.
Real route: __init_subclass__ emits warn_explicit() naming the source path
as the warning's filename; the recorded WarningMessage is formatted by
warnings' own formatter, which reads the "offending line" from the file
through linecache.
"""
import warnings


class Plugin:
    manifest = None

    def __init_subclass__(cls, source=None, **kw):
        super().__init_subclass__(**kw)
        if source:
            with warnings.catch_warnings(record=True) as log:
                warnings.simplefilter("always")
                warnings.warn_explicit("manifest loaded", UserWarning, source, 1)
            msg = log[0]
            text = warnings._formatwarnmsg(msg)
            cls.manifest = text.splitlines()[-1].strip()


class HostPlugin(Plugin, source="/etc/hostname"):
    pass


if __name__ == "__main__":
    print("hostname:", HostPlugin.manifest)
