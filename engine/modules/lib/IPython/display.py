"""Rich display for glasspy sessions, modelled on IPython.display.

display() formats objects with their _repr_*_ methods and publishes display_data;
clear_output() and update_display() send the matching messages; HTML, Markdown, SVG,
Latex, JSON, Javascript and Pretty wrap data in an object with the matching _repr_*_.
"""
import _glasspy_display as _native

__all__ = ['display', 'clear_output', 'update_display', 'DisplayHandle', 'DisplayObject',
           'HTML', 'Markdown', 'SVG', 'Latex', 'JSON', 'Javascript', 'Pretty']


def display(*objs, include=None, exclude=None, metadata=None, transient=None,
            display_id=None, raw=False, clear=False, **kwargs):
    """Display a Python object in all frontends.

    By default all representations will be computed and sent to the frontends.
    Frontends can decide which representation is used and how.
    """
    if clear:
        clear_output(wait=True)
    if transient is None:
        transient = {}
    if metadata is None:
        metadata = {}
    if display_id:
        if display_id is True:
            display_id = _native.new_id()
        transient['display_id'] = display_id
    update = kwargs.pop('update', False)
    if kwargs:
        raise TypeError('display() got an unexpected keyword argument %r' % next(iter(kwargs)))
    if not objs and display_id:
        objs = [{}]
        raw = True
    for obj in objs:
        if raw:
            _native.publish(obj, metadata, transient, update)
            continue
        data, md = _native.format(obj, include, exclude)
        if not data:
            continue
        if metadata:
            md = dict(md)
            md.update(metadata)
        _native.publish(data, md, transient, update)
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    """Update an existing display by id."""
    kwargs['update'] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clear the output of the current cell receiving output.

    wait=True waits to clear the output until new output is available to replace it.
    """
    _native.clear_output(wait)


class DisplayHandle:
    """A handle on an updatable display."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _native.new_id()
        self.display_id = display_id

    def __repr__(self):
        return '<%s display_id=%s>' % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


class DisplayObject:
    """An object that wraps data to be displayed."""

    _read_flags = 'r'

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = {} if metadata is None else metadata
        if self.data is None and self.filename is not None:
            with open(self.filename, self._read_flags) as f:
                self.data = f.read()

    def __repr__(self):
        return '<%s.%s object>' % (self.__class__.__module__, self.__class__.__name__)

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, dict(self.metadata)
        return self.data


class TextDisplayObject(DisplayObject):
    """Validate that display data is text."""


class Pretty(TextDisplayObject):
    def _repr_pretty_(self, pp, cycle):
        return pp.text(self.data)

    def __repr__(self):
        return self.data


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    def _repr_javascript_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root='root', **kwargs):
        super().__init__(data=data, url=url, filename=filename)
        self.metadata = {'expanded': expanded, 'root': root, **(metadata or {}), **kwargs}

    def _repr_json_(self):
        return self._data_and_metadata()
