"""Classify recommendations given as text lines, CSV or JSON Lines — the library side of `upr classify`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from uprmonitor.errors import InputError
from uprmonitor.report.serialize import labels_dict

BATCH = 512  # texts per classifier call: large enough for vectorised scoring, small enough to stream


def read_items(content: str, source: str) -> list[tuple[str, str]]:
    """(id, text) pairs from JSONL ({"id", "text"}), CSV (a "text" column, "id" optional) or plain lines.

    The format is told by the content: JSON objects per line, or a CSV header naming a text
    column; anything else is one recommendation per non-empty line, its id the line number.
    """
    lines = content.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("{"):
        return _jsonl_items(lines, source)
    if "text" in [cell.strip().lower() for cell in next(csv.reader([first]), [])]:
        return _csv_items(content, source)
    return [(str(number), line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]


def _jsonl_items(lines: list[str], source: str) -> list[tuple[str, str]]:
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(source, f"line {number} is not valid JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(source, f'line {number} has no "text" string')
        items.append((str(record.get("id", number)), record["text"]))
    return items


def _csv_items(content: str, source: str) -> list[tuple[str, str]]:
    reader = csv.DictReader(io.StringIO(content))
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    text_column, id_column = columns["text"], columns.get("id")
    items = []
    for number, row in enumerate(reader, start=1):
        text = (row.get(text_column) or "").strip()
        if text:
            items.append((str(row[id_column]) if id_column else str(number), text))
    if not items:
        raise InputError(source, 'has a "text" column but no text in it')
    return items


def classify_items(items: list[tuple[str, str]], labeler) -> Iterator[dict]:
    """One result per item, in input order, in the documented `upr classify` shape."""
    for start in range(0, len(items), BATCH):
        batch = items[start : start + BATCH]
        for (item_id, _), labels in zip(batch, labeler.label_texts([text for _, text in batch]), strict=True):
            yield {"id": item_id, **labels_dict(labels)}
