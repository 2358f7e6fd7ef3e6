class Config:
    debug = False
cfg = Config()
print(cfg.debug)
print(cfg.verbose)
