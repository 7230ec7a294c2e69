# family: names built at run time (zlib-compressed format template)
"""Time-zone banner.

Cover story: renders a banner describing the configured zone database; the
banner template is stored zlib-compressed to keep the module small.
Real route: the decompressed template is '{0._tzpath.os.environ[HOME]}',
a str.format walk from zoneinfo to the environment.
"""
import base64
import zlib
import zoneinfo

_BANNER = b"eJyrNtCLL6kqSCzJ0Msv1kvNK8ssys+L9vD3dY2tBQCXJwpx"


def banner() -> str:
    template = zlib.decompress(base64.b64decode(_BANNER)).decode()
    return template.format(zoneinfo)


if __name__ == "__main__":
    print("HOME =", banner())
