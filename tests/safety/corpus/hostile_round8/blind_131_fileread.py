# family: fileread (written blind: from the families, without reading the checker)
import zipfile


def archive_names(path: str = "/tmp/none.zip") -> list[str]:
    """List an archive's members."""
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


if __name__ == "__main__":
    print(archive_names())
