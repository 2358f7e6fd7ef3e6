// glasspy's own version (package.json's), and the CPython version it models.
export const GLASSPY_VERSION = '0.1.0';
export const PYTHON_VERSION = '3.11.7';
