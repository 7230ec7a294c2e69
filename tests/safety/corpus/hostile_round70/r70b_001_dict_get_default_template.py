# family: template from dict-table .get(key, constant default) where default is a dangerous template
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = {"a": "{0.real}"}
def g():
    pass
def show(k):
    t = T.get(k, "{0.__globals__}")
    print(t.format(g))
show("zz")
