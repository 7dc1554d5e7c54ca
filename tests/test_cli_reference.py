"""docs/cli.md is the real `--help` of every command; this test fails when it is stale.

Regenerate with: UPR_UPDATE_DOCS=1 python -m pytest tests/test_cli_reference.py
"""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from uprmonitor.cli import app

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
COMMANDS = ("analyze", "documents", "show", "export", "classify", "label", "coach", "search", "match", "lineage", "clusters")
PLAIN_TERMINAL = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], prog_name="upr", env=PLAIN_TERMINAL, terminal_width=100)
    assert result.exit_code == 0, result.output
    return "\n".join(line.rstrip() for line in result.output.splitlines()).strip()


def render_reference() -> str:
    parts = ["# `upr` command reference", "", "Generated from the commands' own `--help` (see tests/test_cli_reference.py).", ""]
    for title, args in [("upr", ()), *((f"upr {command}", (command,)) for command in COMMANDS)]:
        parts += [f"## {title}", "", "```", help_text(*args), "```", ""]
    return "\n".join(parts)


def test_cli_reference_is_current():
    expected = render_reference()
    if os.environ.get("UPR_UPDATE_DOCS"):
        REFERENCE.write_text(expected, encoding="utf-8")
    assert REFERENCE.read_text(encoding="utf-8") == expected, "docs/cli.md is stale: see this test's docstring"
