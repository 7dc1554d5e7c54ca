"""Uptake results as JSON, XLSX and a standalone HTML report."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from uprmonitor.match.uptake import UptakeResult


def uptake_dict(result: UptakeResult, source_document=None, target_documents=()) -> dict:
    return {
        "source_document": _document_ref(source_document),
        "target_documents": [_document_ref(document) for document in target_documents],
        "sources": [
            {
                "id": match.source.id,
                "text": match.source.text,
                "section": match.source.section,
                "taken_up": match.taken_up,
                "candidates": [
                    {
                        "id": candidate.target.id,
                        "paragraph": candidate.target.paragraph,
                        "text": candidate.target.text,
                        "recommending_states": candidate.target.recommending_states,
                        "position": candidate.target.position,
                        "score": round(candidate.score, 4),
                        "grade": candidate.grade,
                        "shared_words": candidate.shared_words,
                    }
                    for candidate in match.candidates
                ],
            }
            for match in result.sources
        ],
        "summary": result.summary,
    }


def _document_ref(document) -> dict | None:
    if document is None:
        return None
    return {"id": document.id, "source": document.source, "kind": document.kind,
            "state_under_review": document.state_under_review, "symbol": document.symbol}


XLSX_COLUMNS = ("source_id", "section", "source_text", "taken_up", "rank", "grade", "score", "target_id", "paragraph",
                "target_text", "recommending_states", "position", "shared_words")


def export_uptake_xlsx(payload: dict, path: str | Path) -> None:
    from uprmonitor.report.export import new_workbook, spreadsheet_cell

    workbook, sheet = new_workbook("uptake", XLSX_COLUMNS)
    for source in payload["sources"]:
        candidates = source["candidates"] or [None]
        for rank, candidate in enumerate(candidates, start=1):
            row = [source["id"], source["section"], source["text"], source["taken_up"]]
            if candidate is None:
                row += [None] * 9
            else:
                row += [rank, candidate["grade"], candidate["score"], candidate["id"], candidate["paragraph"],
                        candidate["text"], "; ".join(candidate["recommending_states"]), candidate["position"],
                        ", ".join(candidate["shared_words"])]
            sheet.append([spreadsheet_cell(value) for value in row])
    summary = workbook.create_sheet("summary")
    summary.append(["scope", "sources", "taken up", "states", "summary"])
    summary.append(["document", payload["summary"]["sources"], payload["summary"]["taken_up"],
                    len(payload["summary"]["states"]), payload["summary"]["text"]])
    for name, totals in payload["summary"].get("sections", {}).items():
        summary.append([name or "(no section)", totals["sources"], totals["taken_up"], len(totals["states"]),
                        totals["text"]])
    sheet.freeze_panes = "A2"
    workbook.save(path)


def render_uptake_html(payload: dict) -> str:
    environment = Environment(loader=PackageLoader("uprmonitor.report", "templates"),
                              autoescape=select_autoescape(["html"]))
    return environment.get_template("uptake.html").render(payload=payload)
