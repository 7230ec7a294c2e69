# family: stdlib that runs strings
import logging.config


def tool(cmd: str) -> None:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"()": "os.system", "command": cmd}}})
