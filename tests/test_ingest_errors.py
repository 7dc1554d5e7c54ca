"""Bad input: every problem is one InputError whose message names the file and says what is wrong."""

from __future__ import annotations

import shutil

import pytest

from builders import (
    write_corrupt_pdf,
    write_docx,
    write_docx_zip_bomb,
    write_garbage,
    write_image_only_pdf,
    write_legacy_doc,
    write_pdf,
    write_text,
    write_truncated_docx,
    write_zip_without_document,
)
from uprmonitor.errors import InputError, UPRError
from uprmonitor.ingest import MAX_BYTES_ENV, read_document


def _problem(path, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path, **kwargs)
    error = caught.value
    assert error.source == str(path)
    message = str(error)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return error.problem


def test_missing_file(tmp_path):
    assert _problem(tmp_path / "nowhere.pdf") == "file not found"


def test_directory(tmp_path):
    assert "is a directory" in _problem(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _problem(path) == "is empty"


def test_whitespace_only_utf16_is_empty(tmp_path):
    path = write_text(tmp_path / "blank.txt", "  \n \n", "utf-16")
    assert _problem(path) == "is empty"


def test_over_size_limit(tmp_path):
    path = write_text(tmp_path / "big.txt", "A line of a long report.\n" * 200)  # 5,000 bytes
    assert _problem(path, max_bytes=1024) == "is 4.9 KB, over the limit of 1.0 KB (set UPR_MAX_FILE_BYTES)"


def test_size_limit_from_environment(tmp_path, monkeypatch):
    path = write_text(tmp_path / "big.txt", "x" * 3000)
    monkeypatch.setenv(MAX_BYTES_ENV, "1000")
    assert "is 2.9 KB, over the limit of 1000 bytes" in _problem(path)
    monkeypatch.setenv(MAX_BYTES_ENV, "plenty")
    with pytest.raises(UPRError, match=MAX_BYTES_ENV):
        read_document(path)
    monkeypatch.setenv(MAX_BYTES_ENV, "100000")
    assert read_document(path).text == "x" * 3000


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", [["Confidential draft."]], encrypt="secret")
    assert _problem(path) == "is encrypted (password-protected); cannot read it"


def test_image_only_pdf(tmp_path):
    path = write_image_only_pdf(tmp_path / "scan.pdf", pages=2)
    assert _problem(path) == "has no text layer (scanned image?); run OCR first"


def test_corrupt_pdf(tmp_path):
    assert _problem(write_corrupt_pdf(tmp_path / "broken.pdf")).startswith("is not a readable PDF (")


def test_truncated_docx(tmp_path):
    problem = _problem(write_truncated_docx(tmp_path / "cut.docx"))
    assert problem.startswith("is not a valid DOCX (damaged zip archive")


def test_zip_without_word_document(tmp_path):
    problem = _problem(write_zip_without_document(tmp_path / "archive.docx"))
    assert problem == "is not a valid DOCX (zip archive without word/document.xml)"


def test_zip_bomb_by_compression_ratio(tmp_path):
    path = write_docx_zip_bomb(tmp_path / "bomb.docx", expanded_mb=40)
    assert path.stat().st_size < 200_000  # small on disk
    problem = _problem(path)
    assert problem.startswith("looks like a zip bomb (word/document.xml expands")
    assert "40 MB" in problem


def test_zip_bomb_by_declared_size(tmp_path):
    path = write_docx_zip_bomb(tmp_path / "liar.docx", expanded_mb=1, declared_mb=3000)
    assert _problem(path).startswith("looks like a zip bomb (it would expand to 3000 MB")


@pytest.mark.parametrize("name", ["noise.bin", "noise.txt", "noise"])
def test_garbage(tmp_path, name):
    path = write_garbage(tmp_path / name)
    assert _problem(path) == "is not a text, PDF, DOCX or HTML document (binary data)"


def test_garbage_named_like_a_document_says_so(tmp_path):
    assert "is not a readable PDF" in _problem(write_garbage(tmp_path / "report.pdf"))
    assert "is not a valid DOCX" in _problem(write_garbage(tmp_path / "report.docx"))


def test_legacy_doc(tmp_path):
    problem = _problem(write_legacy_doc(tmp_path / "old.doc"))
    assert ".doc" in problem and "not supported" in problem and "save it as DOCX or PDF" in problem


def test_image_named_pdf(tmp_path):
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert _problem(path) == "is not a text, PDF, DOCX or HTML document (a PNG image)"


def test_wrong_extensions_still_fail_clearly(tmp_path):
    # An encrypted PDF named .docx is still recognised as a PDF, and a bomb named .txt as a zip.
    locked = write_pdf(tmp_path / "locked.pdf", [["Secret."]], encrypt="pw")
    assert "encrypted" in _problem(shutil.copy(locked, tmp_path / "locked.docx"))
    bomb = write_docx_zip_bomb(tmp_path / "bomb.docx", expanded_mb=20)
    assert "zip bomb" in _problem(shutil.copy(bomb, tmp_path / "bomb.txt"))


def test_valid_documents_are_not_mistaken_for_bad_ones(tmp_path):
    docx_path = write_docx(tmp_path / "ok.docx", ["Short but valid."])
    assert read_document(docx_path).text == "Short but valid."
