"""Documents as plain JSON-ready dicts: the one shape the CLI, exports and (later) the API share."""

from __future__ import annotations

from uprmonitor.model import Document, Label, Recommendation


def document_dict(document: Document, *, include_text: bool = False) -> dict:
    data = {
        "id": document.id,
        "source": document.source,
        "kind": document.kind,
        "format": document.format,
        "title": document.title,
        "state_under_review": document.state_under_review,
        "symbol": document.symbol,
        "session": document.session,
        "cycle": document.cycle,
        "year": document.year,
        "language": document.language,
        "pages": document.pages,
        "content_hash": document.content_hash,
        "sections": [
            {"heading": section.heading, "level": section.level, "page": section.page, "concerns": section.concerns}
            for section in document.sections
        ],
        "recommendations": [recommendation_dict(rec) for rec in document.recommendations],
    }
    if include_text:
        data["text"] = document.text
    return data


def recommendation_dict(recommendation: Recommendation) -> dict:
    return {
        "id": recommendation.id,
        "section": recommendation.section,
        "paragraph": recommendation.paragraph,
        "text": recommendation.text,
        "recommending_states": recommendation.recommending_states,
        "position": recommendation.position,
        "page": recommendation.page,
        "stakeholder": recommendation.stakeholder,
        "span": {"start": recommendation.start, "end": recommendation.end},
        "themes": recommendation.themes,
        "affected_persons": recommendation.affected_persons,
        "sdgs": recommendation.sdgs,
        "labels": labels_dict(recommendation.labels),
    }


def labels_dict(labels: dict[str, list[Label]]) -> dict:
    """Labels in the shape `upr classify` prints: action category as one object, the rest as lists."""
    action = labels.get("action_category") or []
    return {
        "action_category": _action_dict(action[0]) if action else None,
        "issues": [_label_dict(label) for label in labels.get("issues", [])],
        "themes": [_label_dict(label) for label in labels.get("themes", [])],
        "affected_persons": [_label_dict(label) for label in labels.get("affected_persons", [])],
        "sdgs": [_label_dict(label) for label in labels.get("sdgs", [])],
        "instruments": [_instrument_dict(label) for label in labels.get("instruments", [])],
    }


def _action_dict(label: Label) -> dict:
    return {**_label_dict(label), "label": int(label.label) if label.label.isdigit() else label.label}


def _label_dict(label: Label) -> dict:
    return {
        "label": label.label,
        "confidence": _rounded(label.confidence),
        "evidence": label.evidence,
        "source": label.source,
    }


def _instrument_dict(label: Label) -> dict:
    return {
        "id": label.label,
        "name": label.details.get("name"),
        "article": label.details.get("article") or [],
        "action": label.details.get("action"),
        "evidence": label.evidence,
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def documents_payload(documents: list[Document]) -> dict:
    return {"documents": [document_dict(document) for document in documents]}


def source_context(document: Document, recommendation: Recommendation, margin: int = 200) -> str | None:
    """The recommendation's exact source span with some text around it, for showing it in context."""
    if recommendation.start is None or recommendation.end is None:
        return None
    start = max(0, recommendation.start - margin)
    end = min(len(document.text), recommendation.end + margin)
    return document.text[start:end]
