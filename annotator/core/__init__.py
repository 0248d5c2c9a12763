"""The Qt-free core: project file, import, segmentation, tagging, suggestions, export.

Usable from a notebook::

    from annotator.core import Project
    project = Project.create("projects/demo.sqlite")
"""
