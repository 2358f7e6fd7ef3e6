"""The parts of IPython's public API that notebooks use with glasspy's kernel.

glasspy is not IPython: this package holds IPython.display (display, clear_output,
update_display and the rich display classes), backed by the running session.
"""
import IPython.display
