"""The main job: file in, structured Document out, optionally stored.

    read (ingest/) -> detect kind -> parse structure (structure/) -> Document -> Store

Each step is a plain function, so a caller can stop anywhere: `extract` gives the layout
blocks, `analyze` the Document, `analyze_files` stores many files, one transaction each.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path

from uprmonitor.errors import InputError, UPRError
from uprmonitor.model import DOCUMENT_KINDS, Document, ExtractedText
from uprmonitor.structure.base import Structure
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.sessions import cycle_of_session

# kind -> "module:function" taking an ExtractedText and returning a Structure. Imported lazily
# so that analysing a text file never pays for loading the table or PDF machinery it does not use.
PARSERS: dict[str, str] = {
    "ngo_submission": "uprmonitor.structure.ngo_submission:parse_ngo_submission",
    "wg_report": "uprmonitor.structure.wg_report:parse_wg_report",
    "wg_addendum": "uprmonitor.structure.wg_addendum:parse_wg_addendum",
    "thematic_list": "uprmonitor.structure.thematic_list:parse_thematic_list",
    "stakeholder_summary": "uprmonitor.structure.un_documents:parse_stakeholder_summary",
    "national_report": "uprmonitor.structure.un_documents:parse_un_report",
    "compilation": "uprmonitor.structure.un_documents:parse_un_report",
    "other": "uprmonitor.structure.un_documents:parse_un_report",
}


def file_hash(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract(path: str | Path, *, max_bytes: int | None = None) -> ExtractedText:
    from uprmonitor.ingest import read_document

    if max_bytes is None:
        return read_document(path)
    return read_document(path, max_bytes=max_bytes)


def parse(extracted: ExtractedText, kind: str) -> Structure:
    if kind not in PARSERS:
        raise InputError(extracted.source, f"unknown document kind {kind!r}; use one of {', '.join(DOCUMENT_KINDS)}")
    module_name, function_name = PARSERS[kind].split(":")
    return getattr(import_module(module_name), function_name)(extracted)


def analyze(
    path: str | Path, *, kind: str | None = None, max_bytes: int | None = None, classify: bool = True
) -> Document:
    """Read one file and return its Document (not stored), its recommendations labelled unless `classify` is off."""
    path = Path(path)
    extracted = extract(path, max_bytes=max_bytes)
    document = document_from(extracted, content_hash=file_hash(path), kind=kind)
    if classify:
        default_labeler().label_document(document)
    return document


def store_labeler(store):
    """A Labeler whose embeddings are cached in `store`, so no text is embedded twice across runs."""
    from uprmonitor.classify.labeler import Labeler

    return Labeler(embedder=store.cached_embedder())


@cache
def default_labeler():
    """One Labeler per process: its models load once, on first use."""
    from uprmonitor.classify.labeler import Labeler

    return Labeler()


def document_from(extracted: ExtractedText, *, content_hash: str, kind: str | None = None) -> Document:
    kind = kind or detect_kind(extracted)
    structure = parse(extracted, kind)
    facts = dict(structure.metadata)
    document = Document(
        source=Path(extracted.source).name,  # the path is the user's machine's business; the name travels
        content_hash=content_hash,
        format=extracted.format,
        kind=kind,
        text=extracted.text,
        title=structure.title or _first_line(extracted),
        state_under_review=facts.pop("state_under_review", None),
        symbol=facts.pop("symbol", None),
        session=facts.pop("session", None),
        cycle=facts.pop("cycle", None),
        year=facts.pop("year", None),
        language=facts.pop("language", None) or detect_language(extracted.text),
        pages=extracted.pages,
        sections=structure.sections,
        recommendations=structure.recommendations,
        extra=_json_safe(facts),
    )
    if document.cycle is None and document.session:
        document.cycle = cycle_of_session(document.session)
    return document


@dataclass
class FileOutcome:
    path: str
    document: Document | None = None
    created: bool = False
    error: str | None = None
    positions_applied: int = 0


def analyze_files(
    paths: Iterable[str | Path],
    store,
    *,
    kind: str | None = None,
    replace: bool = False,
    max_bytes: int | None = None,
    classify: bool = True,
    on_file_done: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Analyse and store each file on its own: one bad file never stops or spoils the others."""
    outcomes = []
    labeler = store_labeler(store) if classify else None
    for path in paths:
        outcome = _analyze_and_store(
            Path(path), store, kind=kind, replace=replace, max_bytes=max_bytes, labeler=labeler
        )
        outcomes.append(outcome)
        if on_file_done:
            on_file_done(outcome)
    return outcomes


def _analyze_and_store(path: Path, store, *, kind, replace, max_bytes, labeler) -> FileOutcome:
    try:
        content_hash = file_hash(path) if path.is_file() else None
        if content_hash and not replace:
            stored_id = store.find_by_hash(content_hash)
            if stored_id is not None:
                stored = store.load(stored_id)
                if kind is None or stored.kind == kind:
                    return FileOutcome(str(path), document=stored, created=False)
                replace = True  # the user asked for another reading of a stored file
        extracted = extract(path, max_bytes=max_bytes)
        document = document_from(extracted, content_hash=content_hash or "", kind=kind)
        if labeler is not None:
            labeler.label_document(document)
        result = store.save(document, replace=replace)
        stored = store.load(result.document_id)
        return FileOutcome(str(path), stored, result.created, positions_applied=result.positions_applied)
    except UPRError as error:
        return FileOutcome(str(path), error=str(error))
    except OSError as error:
        return FileOutcome(str(path), error=f"{path}: cannot read file ({error.strerror or error})")


def _first_line(extracted: ExtractedText) -> str | None:
    return next((block.text.strip() for block in extracted.blocks if block.text.strip()), None)


def _json_safe(value):
    """Parser metadata goes into a JSON column: keep plain data only."""
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_safe(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
