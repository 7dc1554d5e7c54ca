"""Flat exports of stored recommendations: one row per recommendation, the columns a spreadsheet user wants."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from uprmonitor.model import Document
from uprmonitor.report.serialize import documents_payload

COLUMNS = (
    "document_id",
    "source",
    "kind",
    "state_under_review",
    "symbol",
    "year",
    "recommendation_id",
    "section",
    "paragraph",
    "text",
    "recommending_states",
    "position",
    "stakeholder",
    "page",
    "action_category",
    "issues",
    "themes",
    "affected_persons",
    "sdgs",
    "instruments",
)
LABEL_COLUMNS = ("issues", "themes", "affected_persons", "sdgs", "instruments")
FORMATS = ("csv", "xlsx", "json")


def recommendation_rows(documents: list[Document]) -> list[dict]:
    rows = []
    for document in documents:
        for rec in document.recommendations:
            rows.append(
                {
                    "document_id": document.id,
                    "source": document.source,
                    "kind": document.kind,
                    "state_under_review": document.state_under_review,
                    "symbol": document.symbol,
                    "year": document.year,
                    "recommendation_id": rec.id,
                    "section": rec.section,
                    "paragraph": rec.paragraph,
                    "text": rec.text,
                    "recommending_states": "; ".join(rec.recommending_states),
                    "position": rec.position,
                    "stakeholder": rec.stakeholder,
                    "page": rec.page,
                    "action_category": _labels_text(rec, "action_category"),
                    **{field: _labels_text(rec, field) for field in LABEL_COLUMNS},
                }
            )
    return rows


def _labels_text(recommendation, field: str) -> str:
    """Labels of one field as one cell, best first; corrections (already applied on load) included."""
    return "; ".join(label.label for label in recommendation.labels.get(field, []))


def export_csv(documents: list[Document]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(recommendation_rows(documents))
    return buffer.getvalue()


def export_json(documents: list[Document]) -> str:
    return json.dumps(documents_payload(documents), ensure_ascii=False, indent=2)


def new_workbook(title: str, columns) -> tuple:
    """A workbook whose first sheet has a bold header row; returns (workbook, sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    return workbook, sheet


def export_xlsx(documents: list[Document], path: str | Path) -> None:
    workbook, sheet = new_workbook("recommendations", COLUMNS)
    for row in recommendation_rows(documents):
        sheet.append([spreadsheet_cell(row[column]) for column in COLUMNS])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["J"].width = 100  # the text column
    workbook.save(path)


def spreadsheet_cell(value):
    # Spreadsheets execute cells that start with these; recommendation texts are data, not formulas.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
