# family: stdlib_exec (written blind: from the families, without reading the checker)
import logging.config


def configure() -> str:
    """Configure logging from a dict."""
    try:
        logging.config.dictConfig({"version": 1, "handlers": {"h": {"()": "os.getpid"}}})
    except Exception as exc:
        return type(exc).__name__
    return "ok"


if __name__ == "__main__":
    print(configure())
