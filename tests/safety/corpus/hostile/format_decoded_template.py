# family: format strings
import base64


def tool(value) -> str:
    template = base64.b64decode("ezAuX19jbGFzc19ffQ==").decode()
    return template.format(value)
