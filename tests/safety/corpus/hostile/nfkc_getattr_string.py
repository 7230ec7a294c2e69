# family: NFKC identifiers
def tool(obj):
    return getattr(obj, "＿＿class＿＿")
