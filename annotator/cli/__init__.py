"""The command line: ``annotator`` alone opens the desktop app; subcommands work on a project.

Each command is thin: open the project, call one core function, print.
"""

from __future__ import annotations

import click

from .. import __version__
from . import (
    codebook_cmd,
    document_cmds,
    export_cmd,
    open_cmd,
    project_cmds,
    review_cmds,
    search_cmd,
    spacy_cmd,
    suggest_cmds,
    tag_cmds,
)
from .common import AnnotatorGroup

COMMAND_MODULES = [project_cmds, document_cmds, tag_cmds, export_cmd, spacy_cmd, suggest_cmds,
                   review_cmds, codebook_cmd, search_cmd, open_cmd]


@click.group(cls=AnnotatorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
def main() -> None:
    """Tag news sentences for sources, stance and verifiability.

    Run `annotator` alone to open the desktop app (on the last project, or on the demo
    project), or `annotator PROJECT` to open a project file in it.
    """


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)
