"""The `upr` command: a thin shell over the library (pipeline, store, report)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from uprmonitor.errors import UPRError
from uprmonitor.model import DOCUMENT_KINDS, Document
from uprmonitor.pipeline import FileOutcome, analyze_files
from uprmonitor.report.export import export_csv, export_json, export_xlsx
from uprmonitor.report.serialize import documents_payload
from uprmonitor.store import Store

app = typer.Typer(
    help="UPR Monitor: structured recommendations from Universal Periodic Review documents.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # one error, one line, however long the path

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file path (default: $UPR_DATABASE_URL, else upr.db in the user data folder)"),
]


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class MatchFormat(StrEnum):
    table = "table"
    json = "json"
    xlsx = "xlsx"
    html = "html"


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


def _fail(message: str, code: int = 1) -> NoReturn:
    """One error line on standard error, then the exit code (2: the command was misused)."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def _open_store(db: str | None) -> Store:
    try:
        return Store(db)
    except UPRError as error:
        _fail(str(error), code=2)


@app.command()
def analyze(
    files: Annotated[list[Path], typer.Argument(help="PDF, DOCX, HTML, Markdown or text files", show_default=False)],
    kind: Annotated[
        str | None, typer.Option("--kind", help=f"Document kind, instead of detecting it: {', '.join(DOCUMENT_KINDS)}")
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="How to print the result")] = OutputFormat.table,
    db: DbOption = None,
    reanalyze: Annotated[bool, typer.Option(help="Analyse files already stored again and replace them")] = False,
    max_size_mb: Annotated[
        float | None, typer.Option("--max-size-mb", help="Refuse files larger than this many MB (default: 50, or $UPR_MAX_FILE_BYTES bytes)")
    ] = None,
    classify: Annotated[bool, typer.Option(help="Label every recommendation (action category, issues, instruments)")] = True,
) -> None:
    """Extract sections, concerns and recommendations from FILES, label them and store them."""
    if kind is not None and kind not in DOCUMENT_KINDS:
        _fail(f"unknown --kind {kind!r}; use one of: {', '.join(DOCUMENT_KINDS)}", code=2)
    max_bytes = int(max_size_mb * 1024 * 1024) if max_size_mb else None
    with _open_store(db) as store:
        outcomes = _analyze_with_progress(
            files, store, kind=kind, replace=reanalyze, max_bytes=max_bytes, classify=classify
        )
    documents = [outcome.document for outcome in outcomes if outcome.document is not None]
    if output_format is OutputFormat.json:
        print(json.dumps(documents_payload(documents), ensure_ascii=False, indent=2))
    else:
        for outcome in outcomes:
            if outcome.document is not None:
                _print_document(outcome.document, note=_stored_note(outcome))
    failures = [outcome for outcome in outcomes if outcome.error]
    for outcome in failures:
        err.print(f"[red]error:[/red] {outcome.error}", highlight=False)
    if failures:
        raise typer.Exit(1)


def _stored_note(outcome: FileOutcome) -> str:
    note = "" if outcome.created else " (already stored)"
    if outcome.positions_applied:  # a report and its addendum met in the store
        note += f" (positions of {outcome.positions_applied} recommendations set from the State's responses)"
    return note


def _analyze_with_progress(files, store, **options) -> list[FileOutcome]:
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=len(files) < 2 or not err.is_terminal,
    )
    with progress:
        task = progress.add_task("Analysing", total=len(files))

        def advance(outcome: FileOutcome) -> None:
            progress.update(task, advance=1, description=f"Analysing {Path(outcome.path).name}")

        return analyze_files(files, store, on_file_done=advance, **options)


@app.command()
def documents(
    db: DbOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """List the stored documents."""
    with _open_store(db) as store:
        summaries = store.documents()
    if output_format is OutputFormat.json:
        print(json.dumps([summary.__dict__ for summary in summaries], ensure_ascii=False, indent=2))
        return
    table = Table(title="Stored documents", expand=True)
    for header in ("id", "kind", "state", "symbol", "year", "sections", "recs", "source"):
        table.add_column(header, overflow="fold")
    for s in summaries:
        table.add_row(
            str(s.id), s.kind, s.state_under_review or "", s.symbol or "", str(s.year or ""),
            str(s.sections), str(s.recommendations), s.source,
        )
    out.print(table)


@app.command()
def show(
    document_id: Annotated[int, typer.Argument(help="Document id, as `upr documents` lists it")],
    db: DbOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Show one stored document: sections, concerns and recommendations."""
    with _open_store(db) as store:
        document = store.load(document_id)
    if document is None:
        _fail(f"no document with id {document_id}; `upr documents` lists them")
    if output_format is OutputFormat.json:
        print(json.dumps(documents_payload([document]), ensure_ascii=False, indent=2))
    else:
        _print_document(document, concerns=True)


@app.command()
def export(
    export_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.csv,
    document: Annotated[list[int] | None, typer.Option("--document", help="Only this document id (repeatable)")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output)")] = None,
    clusters: Annotated[bool, typer.Option("--clusters", help="Add each recommendation's cluster of near-identical "
                                           "ones in its document: representative id, size, all their states")] = False,
    db: DbOption = None,
) -> None:
    """Export stored recommendations (one row each) as CSV, XLSX or JSON."""
    from uprmonitor.report.export import cluster_cells

    if export_format is ExportFormat.xlsx and output is None:
        _fail("--format xlsx needs --output FILE.xlsx", code=2)
    if clusters and export_format is ExportFormat.json:
        _fail("--clusters goes with --format csv or xlsx (use `upr clusters DOC_ID --format json`)", code=2)
    with _open_store(db) as store:
        docs = store.load_all(document)
        cells = cluster_cells(docs, embedder=store.cached_embedder()) if clusters else None
    missing = sorted(set(document or []) - {d.id for d in docs})
    if missing:
        _fail(f"no document with id {', '.join(map(str, missing))}")
    if export_format is ExportFormat.xlsx:
        export_xlsx(docs, output, cells)
        err.print(f"wrote {output}")
        return
    _write_or_print(export_csv(docs, cells) if export_format is ExportFormat.csv else export_json(docs), output)


@app.command("classify")
def classify_command(
    source: Annotated[str, typer.Argument(help="File of recommendations (text lines, CSV with a text column, or JSONL {id, text}); - for standard input")],
) -> None:
    """Label recommendations and print one JSON line per input: action category, issues, instruments…"""
    from uprmonitor.classify.batch import classify_items, read_items
    from uprmonitor.pipeline import default_labeler

    try:
        content = sys.stdin.read() if source == "-" else _read_text_file(Path(source))
        items = read_items(content, "standard input" if source == "-" else source)
    except UPRError as error:
        _fail(str(error))
    for result in classify_items(items, default_labeler()):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")


def _read_text_file(path: Path) -> str:
    from uprmonitor.ingest import read_document

    return read_document(path).text


@app.command()
def label(
    recommendation_id: Annotated[int, typer.Argument(help="Recommendation id (see `upr show`)")],
    assignments: Annotated[
        list[str],
        typer.Option("--set", help='FIELD=LABEL[;LABEL…], e.g. --set "issues=Death penalty;Torture" or --set action_category=4'),
    ],
    author: Annotated[str | None, typer.Option(help="Who made the correction")] = None,
    note: Annotated[str | None, typer.Option(help="Why")] = None,
    db: DbOption = None,
) -> None:
    """Correct a recommendation's labels. Corrections win over the model and are kept as training data."""
    parsed = []
    for assignment in assignments:
        field, separator, value = assignment.partition("=")
        if not separator:
            _fail(f"--set {assignment!r}: expected FIELD=LABEL[;LABEL…]", code=2)
        parsed.append((field.strip(), [part.strip() for part in value.split(";") if part.strip()]))
    with _open_store(db) as store:
        try:
            for field, values in parsed:
                correction = store.correct_labels(recommendation_id, field, values, author=author, note=note)
                out.print(
                    f"#{recommendation_id} {field}: {'; '.join(correction.previous) or '(none)'} -> "
                    f"{'; '.join(correction.labels) or '(none)'}",
                    highlight=False,
                )
        except UPRError as error:
            _fail(str(error))


@app.command()
def coach(
    file: Annotated[Path, typer.Argument(help="An NGO draft submission (PDF, DOCX, HTML, text)")],
    state: Annotated[str | None, typer.Option(help="State under review, if the draft does not name it")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Advise on a draft: how specific each recommendation is, and how similar ones fared before."""
    from uprmonitor.classify.coach import coach as coach_document
    from uprmonitor.pipeline import analyze, store_labeler

    try:
        document = analyze(file, kind="ngo_submission", classify=False)
    except UPRError as error:
        _fail(str(error))
    state = state or document.state_under_review
    with _open_store(db) as store:
        past = store.recommendations_of_reviews(state) if state else []
        labeler = store_labeler(store)  # one embedder, its vectors cached in the store, for labels and history
        advice = coach_document(document, labeler, past or None, embedder=labeler.embedder)
    if output_format is OutputFormat.json:
        print(json.dumps(_advice_payload(document, state, past, advice), ensure_ascii=False, indent=2))
        return
    _print_advice(document, state, past, advice)


def _advice_payload(document, state, past, advice) -> dict:
    return {
        "source": document.source,
        "state_under_review": state,
        "past_recommendations": len(past),
        "recommendations": [
            {
                "section": item.recommendation.section,
                "text": item.recommendation.text,
                "action_category": item.action_category,
                "confidence": item.confidence,
                "checks": [{"name": c.name, "passed": c.passed, "suggestion": c.suggestion} for c in item.checks],
                "history": None if item.history is None else {
                    "similar": item.history.similar,
                    "supported": item.history.supported,
                    "noted": item.history.noted,
                    "examples": [{"text": t, "position": p, "similarity": round(s, 3)} for t, p, s in item.history.examples],
                },
            }
            for item in advice
        ],
    }


def _print_advice(document, state, past, advice) -> None:
    out.print(f"[bold]{document.title or document.source}[/bold]", highlight=False)
    if not state:
        out.print("State under review unknown (use --state): no history of past reviews.")
    elif not past:
        out.print(f"No Working Group report on {state} is stored: analyse earlier reports to see how similar "
                  "recommendations were received.", highlight=False)
    else:
        out.print(f"Compared with {len(past)} recommendations made to {state} in stored reviews.", highlight=False)
    for number, item in enumerate(advice, start=1):
        category = f"category {item.action_category} ({item.confidence:.0%})" if item.action_category else ""
        out.print(f"\n[bold]{number}.[/bold] {item.recommendation.text}", highlight=False)
        out.print(f"   {category} · specificity {item.score}/{len(item.checks)}", highlight=False)
        for check in item.checks:
            if not check.passed:
                out.print(f"   [yellow]✗ {check.name}[/yellow]: {check.suggestion}", highlight=False)
        if item.history is not None:
            h = item.history
            times = "once" if h.similar == 1 else f"{h.similar} times"
            out.print(f"   asked before: {times} ({h.supported} supported, {h.noted} noted)", highlight=False)
            for text, position, similarity in h.examples:
                out.print(f"     {similarity:.2f} {position or '?':9} {text[:100]}", highlight=False)


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "exact phrases", AND / OR / NOT (or -word), parentheses')],
    state: Annotated[str | None, typer.Option(help="State under review")] = None,
    cycle: Annotated[int | None, typer.Option(help="UPR cycle (1-4)")] = None,
    theme: Annotated[str | None, typer.Option(help="A UHRI theme or UPR Info issue label")] = None,
    action_category: Annotated[int | None, typer.Option(help="UPR Info action category 1-5")] = None,
    position: Annotated[str | None, typer.Option(help="supported, noted or pending")] = None,
    kind: Annotated[str | None, typer.Option(help="Document kind, e.g. wg_report or ngo_submission")] = None,
    recommending_state: Annotated[str | None, typer.Option(help="State that made the recommendation")] = None,
    semantic: Annotated[bool, typer.Option(help="Hybrid: add texts close in meaning, even with no word in common; rank by both")] = False,
    limit: Annotated[int, typer.Option(help="Results to show")] = 20,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Search every stored recommendation, with filters and facet counts."""
    from uprmonitor.store.search import Filters

    filters = Filters(state=state, cycle=cycle, theme=theme, action_category=action_category, position=position,
                      kind=kind, recommending_state=recommending_state)
    with _open_store(db) as store:
        try:
            result = store.search(query, filters, limit=limit, semantic=semantic)
        except UPRError as error:
            _fail(str(error), code=2)
    if output_format is OutputFormat.json:
        payload = {"query": result.query, "total": result.total, "hits": [hit.__dict__ for hit in result.hits],
                   "facets": {name: [{"value": v, "count": c} for v, c in values] for name, values in result.facets.items()}}
        if result.meaning_coverage:
            payload["meaning_coverage"] = dict(zip(("covered", "stored"), result.meaning_coverage, strict=True))
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    out.print(f"{result.total} recommendations match [bold]{query}[/bold]", highlight=False)
    if any(hit.by_meaning_only for hit in result.hits):
        out.print("[dim]≈ found by meaning: it shares no searched word[/dim]", highlight=False)
    if result.meaning_coverage and result.meaning_coverage[0] < result.meaning_coverage[1]:
        covered, stored = result.meaning_coverage
        out.print(f"[dim]found by meaning among {covered} of {stored} recommendations: the others were stored "
                  "without labels (analyze them again with --reanalyze to include them)[/dim]", highlight=False)
    table = Table(expand=True)
    for header, width in (("id", 6), ("reviewed", 14), ("para", 7), ("recommendation", None), ("by", 14), ("position", 9)):
        table.add_column(header, ratio=1 if width is None else None, max_width=width, overflow="fold")
    for hit in result.hits:
        marker = " ≈" if hit.by_meaning_only else ""  # no searched word in it: found by meaning
        table.add_row(str(hit.recommendation_id) + marker, hit.state_under_review or "", hit.paragraph or "", hit.text,
                      ", ".join(hit.recommending_states), hit.position or "")
    if result.hits:
        out.print(table)
    for name, values in result.facets.items():
        if values:
            out.print(f"[bold]{name}[/bold]: " + ", ".join(f"{value} ({count})" for value, count in values),
                      highlight=False)


@app.command("match")
def match_command(
    source: Annotated[str, typer.Argument(help="NGO submission or stakeholder summary: a file, or a stored document id")],
    targets: Annotated[list[str], typer.Argument(help="Working Group report(s): files or stored document ids")],
    top_k: Annotated[int, typer.Option("--top-k", help="Candidates per recommendation")] = 10,
    output_format: Annotated[MatchFormat, typer.Option("--format")] = MatchFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (xlsx, html)")] = None,
    db: DbOption = None,
) -> None:
    """Which state recommendations carry each recommendation of SOURCE (uptake), graded same / close / related."""
    from uprmonitor.match.uptake import match_uptake
    from uprmonitor.report.uptake import export_uptake_xlsx, render_uptake_html, uptake_dict

    if output_format is MatchFormat.xlsx and output is None:
        _fail("--format xlsx needs --output FILE.xlsx", code=2)
    with _open_store(db) as store:
        source_document, *target_documents = _documents_for(store, [source, *targets])
        embedder = store.cached_embedder()
        target_recommendations = [rec for document in target_documents for rec in document.recommendations]
        result = match_uptake(source_document.recommendations, target_recommendations, top_k=top_k, embedder=embedder)
    payload = uptake_dict(result, source_document, target_documents)
    if output_format is MatchFormat.json:
        _write_or_print(json.dumps(payload, ensure_ascii=False, indent=2), output)
    elif output_format is MatchFormat.html:
        _write_or_print(render_uptake_html(payload), output)
    elif output_format is MatchFormat.xlsx:
        export_uptake_xlsx(payload, output)
        err.print(f"wrote {output}")
    else:
        _print_uptake(payload)


def _documents_for(store: Store, references: list[str]) -> list[Document]:
    """Each reference is a file (analysed and stored if new) or the id of a stored document."""
    documents = []
    for reference in references:
        if Path(reference).exists():
            [outcome] = analyze_files([reference], store)
            if outcome.error:
                _fail(f"{outcome.error}")
            documents.append(outcome.document)
        elif reference.isdigit() and (document := store.load(int(reference))) is not None:
            documents.append(document)
        else:
            _fail(f"{reference}: neither a file nor a stored document id (see `upr documents`)")
    empty = [document.source for document in documents if not document.recommendations]
    if empty:
        _fail(f"no recommendations found in {', '.join(empty)}")
    return documents


def _write_or_print(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")


def _print_uptake(payload: dict) -> None:
    out.print(f"[bold]{payload['summary']['text']}[/bold]", highlight=False)
    for number, source in enumerate(payload["sources"], start=1):
        out.print(f"\n[bold]{number}.[/bold] {source['text']}", highlight=False)
        if not source["candidates"]:
            out.print("   not taken up")
        for candidate in source["candidates"]:
            states = ", ".join(candidate["recommending_states"])
            out.print(f"   {candidate['grade']:7} {candidate['score']:.2f} {candidate['paragraph'] or '':7} "
                      f"{candidate['position'] or '':9} {candidate['text'][:90]} ({states})", highlight=False)
            if candidate["shared_words"]:
                out.print(f"{'':30}[dim]shares: {', '.join(candidate['shared_words'])}[/dim]", highlight=False)


@app.command("lineage")
def lineage_command(
    state: Annotated[str, typer.Argument(help="State under review, as stored (see `upr documents`)")],
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Link each stored review of STATE to the one before: repeated, new and dropped recommendations."""
    from uprmonitor.match.lineage import link_lineage

    with _open_store(db) as store:
        reviews = sorted(
            (summary for summary in store.documents() if summary.kind == "wg_report" and summary.state_under_review == state),
            key=lambda summary: (summary.year or 0, summary.id),
        )
        if len(reviews) < 2:
            _fail(f"{len(reviews)} Working Group report(s) on {state} stored; lineage needs two "
                  "or more cycles (analyse the earlier reports first)")
        documents = [store.load(summary.id) for summary in reviews]
        embedder = store.cached_embedder()
        steps = [(earlier, current, link_lineage(current.recommendations, earlier.recommendations, embedder=embedder))
                 for earlier, current in zip(documents, documents[1:], strict=False)]
    payload = [_lineage_dict(earlier, current, result) for earlier, current, result in steps]
    if output_format is OutputFormat.json:
        print(json.dumps({"state_under_review": state, "steps": payload}, ensure_ascii=False, indent=2))
        return
    for step in payload:
        summary = step["summary"]
        out.print(f"\n[bold]{step['earlier']['symbol'] or step['earlier']['source']} -> "
                  f"{step['current']['symbol'] or step['current']['source']}[/bold]: {summary['repeat']} repeat, "
                  f"{summary['new']} new, {summary['dropped']} dropped; position changes {summary['position_changes']}",
                  highlight=False)
        for link in step["links"]:
            ancestor = link["ancestors"][0] if link["ancestors"] else None
            before = f"<- {ancestor['paragraph']} ({ancestor['position'] or '?'}, {ancestor['grade']})" if ancestor else ""
            out.print(f"   {link['paragraph'] or '':7} {link['status']:6} {link['position'] or '':9} "
                      f"{link['text'][:80]} {before}", highlight=False)


@app.command("clusters")
def clusters_command(
    document_id: Annotated[int, typer.Argument(help="A stored document (usually a Working Group report)")],
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    show_singletons: Annotated[bool, typer.Option(help="Also list recommendations that stand alone")] = False,
    db: DbOption = None,
) -> None:
    """Group a document's near-identical recommendations (e.g. several states asking to ratify one protocol)."""
    from uprmonitor.match.clusters import cluster_recommendations

    with _open_store(db) as store:
        document = store.load(document_id)
        if document is None:
            _fail(f"no document with id {document_id}; `upr documents` lists them")
        clusters = cluster_recommendations(document.recommendations, embedder=store.cached_embedder())
    shown = [cluster for cluster in clusters if show_singletons or len(cluster.members) > 1]
    if output_format is OutputFormat.json:
        payload = [
            {"representative": {"id": c.representative.id, "paragraph": c.representative.paragraph,
                                "text": c.representative.text},
             "states": c.states,
             "members": [{"id": m.id, "paragraph": m.paragraph, "text": m.text,
                          "recommending_states": m.recommending_states, "position": m.position} for m in c.members]}
            for c in shown
        ]
        print(json.dumps({"document_id": document_id, "clusters": payload}, ensure_ascii=False, indent=2))
        return
    grouped = sum(len(cluster.members) for cluster in clusters if len(cluster.members) > 1)
    out.print(f"{len(document.recommendations)} recommendations; {grouped} of them in "
              f"{sum(len(c.members) > 1 for c in clusters)} groups of near-identical ones", highlight=False)
    for cluster in shown:
        paragraphs = ", ".join(member.paragraph or "?" for member in cluster.members)
        out.print(f"\n[bold]{len(cluster.members)}×[/bold] {cluster.representative.text}", highlight=False)
        out.print(f"   paragraphs {paragraphs}; by {', '.join(cluster.states)}", highlight=False)


def _lineage_dict(earlier: Document, current: Document, result) -> dict:
    def reference(document: Document) -> dict:
        return {"id": document.id, "source": document.source, "symbol": document.symbol, "year": document.year}

    return {
        "earlier": reference(earlier),
        "current": reference(current),
        "summary": result.summary,
        "links": [
            {
                "id": link.current.id, "paragraph": link.current.paragraph, "text": link.current.text,
                "position": link.current.position, "status": link.status, "cites_previous": link.cites_previous,
                "ancestors": [
                    {"id": a.recommendation.id, "paragraph": a.recommendation.paragraph, "text": a.recommendation.text,
                     "position": a.recommendation.position, "score": round(a.score, 4), "grade": a.grade}
                    for a in link.ancestors
                ],
            }
            for link in result.links
        ],
        "dropped": [{"id": rec.id, "paragraph": rec.paragraph, "text": rec.text} for rec in result.dropped],
    }


def _print_document(document: Document, *, note: str = "", concerns: bool = False) -> None:
    facts = [document.kind, document.state_under_review, document.symbol, document.year and str(document.year)]
    out.print(f"\n[bold]#{document.id} {document.title or document.source}[/bold]{note}", highlight=False)
    out.print(f"{document.source} · " + " · ".join(fact for fact in facts if fact), highlight=False)
    out.print(f"{len(document.sections)} sections, {len(document.recommendations)} recommendations", highlight=False)
    if concerns:
        for section in document.sections:
            out.print(f"\n[bold]{section.heading or '(no heading)'}[/bold]", highlight=False)
            for concern in section.concerns:
                out.print(f"  {concern}", highlight=False)
    if document.recommendations:
        out.print(_recommendations_table(document.recommendations))


# (header, value getter, max width); columns that are empty for every row are left out
_RECOMMENDATION_COLUMNS = (
    ("id", lambda rec: str(rec.id or ""), 6),
    ("para", lambda rec: rec.paragraph or "", 8),
    ("section", lambda rec: rec.section or "", 18),
    ("by", lambda rec: rec.stakeholder or "", 12),
    ("cat", lambda rec: _first_label(rec, "action_category"), 3),
    ("recommendation", lambda rec: rec.text, None),
    ("states", lambda rec: ", ".join(rec.recommending_states), 18),
    ("position", lambda rec: rec.position or "", 9),
    ("issues", lambda rec: "; ".join(label.label for label in rec.labels.get("issues", [])[:2]), 22),
    ("page", lambda rec: str(rec.page or ""), 4),
)


WIDE_TERMINAL = 120


def _first_label(rec, field: str) -> str:
    labels = rec.labels.get(field) or []
    return labels[0].label if labels else ""


def _worth_showing(header: str, values: list[str]) -> bool:
    if header in ("id", "recommendation"):
        return True
    if header == "section":  # one section for all (a WG report's conclusions) says nothing per row
        return len(set(values)) > 1
    return any(values)


def _recommendations_table(recommendations) -> Table:
    columns = [
        (header, [getter(rec) for rec in recommendations], width)
        for header, getter, width in _RECOMMENDATION_COLUMNS
    ]
    columns = [column for column in columns if _worth_showing(*column[:2])]
    if out.width < WIDE_TERMINAL:  # the recommendation's own text needs the room more than its issues
        columns = [column for column in columns if column[0] != "issues"]
    table = Table(expand=True)
    for header, _, width in columns:
        if width is None:
            table.add_column(header, ratio=1, min_width=30)
        else:
            table.add_column(header, max_width=width, overflow="fold")
    for row in zip(*(values for _, values, _ in columns), strict=True):
        table.add_row(*row)
    return table


if __name__ == "__main__":
    app()
