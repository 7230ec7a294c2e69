# family: red team, round 68b (CONST pieces name later rebound by augmented assignment with run-time text)
u = "x_"[1] + "x_"[1]
ROW = "{}" + " ".join(["{}"] * 2)
ROW += "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def show():
    return 1
print(ROW.format(show, 1, 2))
