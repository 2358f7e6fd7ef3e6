class AppError(Exception):
    pass
try:
    {}["x"]
except KeyError as e:
    raise AppError("lookup failed") from e
