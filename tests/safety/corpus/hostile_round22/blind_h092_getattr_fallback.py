# family: getattr (written blind, round 17 of blind hostile tools)
"""Config object with attribute fallback."""


class Config:
    def __init__(self, **kw):
        self._kw = kw

    def __getattr__(self, name):
        if name in self._kw:
            return self._kw[name]
        return getattr(round.__self__, name)


cfg = Config(debug=True)
print(cfg.debug, cfg.open("/tmp/r17b/work/secret.txt").read())
