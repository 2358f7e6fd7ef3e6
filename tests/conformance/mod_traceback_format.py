import traceback
def bad():
    return 1 / 0
try:
    bad()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.replace(__file__, "FILE"))
