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
# With `upr export --clusters`: near-identical recommendations of the same document (match/clusters.py)
CLUSTER_COLUMNS = ("cluster", "cluster_size", "cluster_states")
FORMATS = ("csv", "xlsx", "json")


def cluster_cells(documents: list[Document], embedder=None) -> dict[int, dict]:
    """Per recommendation id: its cluster's representative id, size and every recommending state in it."""
    from uprmonitor.match.clusters import cluster_recommendations

    cells = {}
    for document in documents:
        for cluster in cluster_recommendations(document.recommendations, embedder=embedder):
            cell = {"cluster": cluster.representative.id, "cluster_size": len(cluster.members),
                    "cluster_states": "; ".join(cluster.states)}
            cells.update({member.id: cell for member in cluster.members})
    return cells


def columns(clusters: dict | None) -> tuple[str, ...]:
    return COLUMNS + CLUSTER_COLUMNS if clusters is not None else COLUMNS


def recommendation_rows(documents: list[Document], clusters: dict[int, dict] | None = None) -> list[dict]:
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
                    **(clusters.get(rec.id, {}) if clusters else {}),
                }
            )
    return rows


def _labels_text(recommendation, field: str) -> str:
    """Labels of one field as one cell, best first; corrections (already applied on load) included."""
    return "; ".join(label.label for label in recommendation.labels.get(field, []))


def export_csv(documents: list[Document], clusters: dict[int, dict] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns(clusters), lineterminator="\n")
    writer.writeheader()
    writer.writerows(recommendation_rows(documents, clusters))
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


def export_xlsx(documents: list[Document], path: str | Path, clusters: dict[int, dict] | None = None) -> None:
    workbook, sheet = new_workbook("recommendations", columns(clusters))
    for row in recommendation_rows(documents, clusters):
        sheet.append([spreadsheet_cell(row.get(column)) for column in columns(clusters)])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["J"].width = 100  # the text column
    workbook.save(path)


def spreadsheet_cell(value):
    # Spreadsheets execute cells that start with these; recommendation texts are data, not formulas.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
