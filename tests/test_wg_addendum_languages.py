"""The State's responses (Add.1) in Spanish, French and Russian: invented addenda written in code.

Each language gets the same content as the English prose test: a list with ranges written in words and
with dashes, a passive statement after the list, a noted list, a partial acceptance and a negation, so
the expected positions are the same in every language.
"""

from __future__ import annotations

import docx
import pytest

import test_wg_addendum_ar_zh as ar_zh
from builders import extracted_lines
from uprmonitor.ingest import read_document
from uprmonitor.model import ExtractedText
from uprmonitor.pipeline import analyze_files
from uprmonitor.store import Store
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.wg_addendum import expand_numbers, parse_wg_addendum
from uprmonitor.structure.wg_addendum_languages import OTHER_LANGUAGES

SPANISH = """\
Naciones Unidas                                                  A/HRC/61/12/Add.1
Asamblea General                                                 Distr. general

Consejo de Derechos Humanos
61º período de sesiones

Informe del Grupo de Trabajo sobre el Examen Periódico Universal*
Estonia
Adición
Opiniones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y
respuestas del Estado examinado

     1.   En el presente documento figuran las respuestas de Estonia a las recomendaciones
     recibidas durante el cuarto ciclo del examen. El informe contiene 16 recomendaciones.
     I. Recomendaciones que cuentan con el apoyo de Estonia
     2.   Estonia apoya las recomendaciones 140.1, 140.3 a 140.5, 140.8–
     10 y 140.12. Considera que la recomendación 140.3 ya se ha aplicado.
     3.   Las recomendaciones 140.15 y 140.16 cuentan con el apoyo de Estonia.
     II. Recomendaciones de las que se toma nota
     4.   Por el momento, Estonia toma nota de las recomendaciones 140.2, 140.6-7
     y 140.11. Estonia acepta parcialmente la recomendación 140.13; no acepta
     la recomendación 140.14.
"""

FRENCH = """\
Nations Unies                                                    A/HRC/61/12/Add.1
Assemblée générale                                               Distr. générale

Conseil des droits de l'homme
Soixante et unième session

Rapport du Groupe de travail sur l'Examen périodique universel*
Estonie
Additif
Observations sur les conclusions et/ou recommandations, engagements exprimés et
réponses de l'État examiné

     1.   Le présent document contient les réponses de l'Estonie aux recommandations
     reçues au cours du quatrième cycle de l'Examen. Le rapport contient 16 recommandations.
     I. Recommandations soutenues
     2.   L'Estonie accepte les recommandations 140.1, 140.3 à 140.5, 140.8–
     10 et 140.12. Elle considère que la recommandation 140.3 est déjà mise en œuvre.
     3.   Les recommandations 140.15 et 140.16 recueillent l'adhésion de l'Estonie.
     II. Recommandations dont l'Estonie prend note
     4.   Pour l'instant, l'Estonie prend note des recommandations 140.2, 140.6-7
     et 140.11. L'Estonie accepte partiellement la recommandation 140.13 ; elle n'accepte pas
     la recommandation 140.14.
"""

RUSSIAN = """\
Организация Объединенных Наций                                   A/HRC/61/12/Add.1
Генеральная Ассамблея                                            Distr.: General

Совет по правам человека
Шестьдесят первая сессия

Доклад Рабочей группы по универсальному периодическому обзору*
Эстония
Добавление
Мнения по выводам и/или рекомендациям, добровольные обязательства и ответы
государства - объекта обзора

     1.   В настоящем документе содержатся ответы Эстонии на рекомендации, полученные
     в ходе обзора четвертого цикла. Доклад содержит 16 рекомендаций.
     I. Поддержанные рекомендации
     2.   Эстония поддерживает рекомендации 140.1, с 140.3 по 140.5, 140.8–
     10 и 140.12. Она считает, что рекомендация 140.3 уже выполнена.
     3.   Рекомендации 140.15 и 140.16 пользуются поддержкой Эстонии.
     II. Рекомендации, принятые к сведению
     4.   На данном этапе Эстония принимает к сведению рекомендации 140.2, 140.6-7
     и 140.11. Эстония частично поддерживает рекомендацию 140.13; она не принимает
     рекомендацию 140.14.
"""

# The same addendum in Arabic and Chinese lives with the other tests of those languages.
ADDENDA = {"es": SPANISH, "fr": FRENCH, "ru": RUSSIAN, "ar": ar_zh.ARABIC, "zh": ar_zh.CHINESE}
SUPPORTED = ["140.1", "140.3", "140.4", "140.5", "140.8", "140.9", "140.10", "140.12", "140.15", "140.16"]
NOTED = ["140.2", "140.6", "140.7", "140.11", "140.13", "140.14"]


def _text(text: str) -> ExtractedText:
    return extracted_lines(*text.split("\n"), source="addendum.txt")


@pytest.mark.parametrize("language", sorted(ADDENDA))
def test_prose_statements_in_each_language(language):
    metadata = parse_wg_addendum(_text(ADDENDA[language])).metadata
    assert metadata["positions"] == {**{p: "supported" for p in SUPPORTED}, **{p: "noted" for p in NOTED}}
    # "acepta parcialmente", "accepte partiellement", "частично поддерживает": noted, and listed as partial.
    assert metadata["partially_supported"] == ["140.13"]
    assert metadata["conflicts"] == []


@pytest.mark.parametrize("language", sorted(ADDENDA))
def test_metadata_and_detection_in_each_language(language):
    extracted = _text(ADDENDA[language])
    structure = parse_wg_addendum(extracted)
    assert detect_kind(extracted) == "wg_addendum"
    assert structure.title == OTHER_LANGUAGES[language].title
    assert structure.metadata["language"] == language
    assert structure.metadata["symbol"] == "A/HRC/61/12/Add.1"
    assert structure.metadata["report_symbol"] == "A/HRC/61/12"
    assert structure.metadata["state_under_review"] == "Estonia"
    assert structure.metadata["cycle"] == 4


@pytest.mark.parametrize(
    "title",
    [
        "Opiniones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y respuestas del "
        "Estado examinado",
        "Observations sur les conclusions et/ou recommandations, engagements exprimés et réponses de "
        "l'État examiné",
        "Мнения по выводам и/или рекомендациям, добровольные обязательства и ответы государства - объекта обзора",
    ],
)
def test_the_title_alone_tells_an_addendum(title):
    # Without its symbol (a retyped copy), the addendum is known by its title.
    assert detect_kind(_text(f"Adición / Additif / Добавление\n{title}\n1. Texto.")) == "wg_addendum"


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: "toma nota" must not read as "acepta"; "no cuentan con el apoyo" must not read as support.
        "2.   Ruritania toma nota de la recomendación 9.1. Ruritania no acepta la recomendación 9.2.\n"
        "3.   Las recomendaciones 9.3 y 9.4 no cuentan con el apoyo de Ruritania. Ruritania rechaza la "
        "recomendación 9.5.\n4.   Ruritania no puede aceptar la recomendación 9.6.\n",
        "2.   La Ruritanie a pris note de la recommandation 9.1. La Ruritanie ne soutient pas la "
        "recommandation 9.2.\n3.   Les recommandations 9.3 et 9.4 ne recueillent pas l'adhésion de la "
        "Ruritanie. La Ruritanie rejette la recommandation 9.5.\n"
        "4.   La Ruritanie ne peut accepter la recommandation 9.6.\n",
        "2.   Руритания приняла к сведению рекомендацию 9.1. Руритания не поддерживает рекомендацию 9.2.\n"
        "3.   Рекомендации 9.3 и 9.4 не пользуются поддержкой Руритании. Руритания отклоняет "
        "рекомендацию 9.5.\n4.   Руритания не может поддержать рекомендацию 9.6.\n",
    ],
    ids=["es", "fr", "ru"],
)
def test_negations_and_taking_note_are_noted(text):
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    assert positions == {f"9.{n}": "noted" for n in range(1, 7)}


@pytest.mark.parametrize(
    "text",
    [
        "Respuestas de la República de Moldova a las recomendaciones\n115.3 Apoyada.\n115.4–115.6: Se toma nota\n"
        "115.7 Aceptada parcialmente\n115.8 | Anotada\n115.9 a 115.10 Aceptadas\n115.11 Apoyada/Anotada\n"
        "115.12 Aceptada en 2010 por la ley de la República.\n",
        "Réponses de la République de Moldova aux recommandations\n115.3 Acceptée.\n115.4–115.6 : Notée\n"
        "115.7 Acceptée partiellement\n115.8 | Prend note\n115.9 à 115.10 Soutenues\n115.11 Soutenue/Notée\n"
        "115.12 Acceptée en 2010 par la loi de la République.\n",
        "Ответы Республики Молдова на рекомендации\n115.3 Поддерживается.\n115.4–115.6: Принята к сведению\n"
        "115.7 Частично поддерживается\n115.8 | Принимается к сведению\nс 115.9 по 115.10 Поддерживаются\n"
        "115.11 Поддерживается/Принимается к сведению\n115.12 Принята в 2010 году законом Республики.\n",
        *ar_zh.ONE_LINE,
    ],
    ids=["es", "fr", "ru", "ar", "zh"],
)
def test_one_line_per_recommendation(text):
    metadata = parse_wg_addendum(_text(text)).metadata
    assert metadata["positions"] == {
        "115.3": "supported",
        "115.4": "noted",
        "115.5": "noted",
        "115.6": "noted",
        "115.7": "noted",
        "115.8": "noted",
        "115.9": "supported",
        "115.10": "supported",
        "115.11": "noted",
    }  # 115.12 says more than a position: not a position line
    assert metadata["partially_supported"] == ["115.7", "115.11"]


TABLES = {
    "es": ("Respuestas de la República de Moldova a las recomendaciones del examen", "Recomendación", "Posición",
           ["Apoyada", "Se toma nota", "Apoyada/Anotada"], "98.2 a 98.4", "98.1"),
    "fr": ("Réponses de la République de Moldova aux recommandations de l'Examen", "Recommandation", "Position",
           ["Acceptée", "Notée", "Soutenue/Notée"], "98.2 à 98.4", "98.1"),
    "ru": ("Ответы Республики Молдова на рекомендации обзора", "Рекомендация", "Позиция",
           ["Поддерживается", "Принимается к сведению", "Частично поддерживается"], "с 98.2 по 98.4", "98.1"),
    **ar_zh.TABLES,  # Arabic numbers the first row "98-1"
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_position_table_in_docx(tmp_path, language):
    intro, numbers_header, position_header, words, range_, first = TABLES[language]
    document = docx.Document()
    document.add_paragraph(f"A/HRC/59/3/Add.1 — {intro}")
    table = document.add_table(rows=0, cols=2)
    for row in ([numbers_header, position_header], [first, words[0]], [range_, words[1]], ["98.5", words[2]]):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    path = tmp_path / "add1.docx"
    document.save(path)
    metadata = parse_wg_addendum(read_document(path)).metadata
    assert metadata["language"] == language
    assert metadata["positions"] == {
        "98.1": "supported",
        "98.2": "noted",
        "98.3": "noted",
        "98.4": "noted",
        "98.5": "noted",
    }
    assert metadata["partially_supported"] == ["98.5"]


def test_bare_ordinals_passives_and_numbered_items_in_spanish():
    text = (
        "2.   El Gobierno acepta las recomendaciones 1 a 4, 9 y 11–\n"
        "13. Las recomendaciones 5 y 6 no cuentan con el apoyo del Gobierno. Las recomendaciones 7, 8 y 10 "
        "fueron apoyadas.\n"
        "3.   El informe contiene 13 recomendaciones; véase la recomendación 2 para más detalles.\n"
        "14., 15.   El Gobierno acepta estas recomendaciones y toma nota de los avances.\n"
        "16.   El Gobierno no apoya esta recomendación.\n"
    )
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    supported = ["1", "2", "3", "4", "9", "11", "12", "13", "7", "8", "10", "14", "15"]
    assert positions == {**{n: "supported" for n in supported}, "5": "noted", "6": "noted", "16": "noted"}


@pytest.mark.parametrize(
    ("listed", "language", "expected"),
    [
        ("115.1, 115.3 a 115.5 y 115.9", "es", ["115.1", "115.3", "115.4", "115.5", "115.9"]),
        ("115.3 al 115.5 e 116.1", "es", ["115.3", "115.4", "115.5", "116.1"]),
        ("115.3 à 115.5 et 122.17-18", "fr", ["115.3", "115.4", "115.5", "122.17", "122.18"]),
        ("с 115.3 по 115.5 и 115.7–115.8", "ru", ["115.3", "115.4", "115.5", "115.7", "115.8"]),
        ("1 a 500", "es", ["1", "500"]),  # not a plausible range of recommendations
    ],
)
def test_expand_numbers_in_other_languages(listed, language, expected):
    assert expand_numbers(listed, OTHER_LANGUAGES[language]) == expected


SPANISH_REPORT = """Naciones Unidas A/HRC/99/14
Asamblea General
Distr. general
3 de abril de 2031
Consejo de Derechos Humanos
Informe del Grupo de Trabajo sobre el Examen Periódico Universal*
República de Moldova
I. Resumen de las actuaciones
5. La delegación presentó el informe nacional y respondió a las preguntas formuladas.
II. Conclusiones y/o recomendaciones
90. Las recomendaciones que figuran a continuación cuentan con el apoyo de la República de Moldova:
90.1 Ratificar el Convenio sobre los Trabajadores Domésticos (Filipinas);
91. La República de Moldova examinará las recomendaciones que figuran a continuación y les dará respuesta a su debido tiempo:
91.1 Ratificar el Estatuto de Roma de la Corte Penal Internacional (Países Bajos);
91.2 Despenalizar la difamación (Estados Unidos de América);
91.3 Crear una institución nacional de derechos humanos conforme a los Principios de París (Chile, Perú);
92. La República de Moldova tomó nota de las recomendaciones siguientes:
92.1 Abolir la pena de muerte en todas las circunstancias (Federación de Rusia);
93. Todas las conclusiones y/o recomendaciones que figuran en el presente informe reflejan la posición del Estado o los Estados que las presentaron.
Composición de la delegación
"""

SPANISH_ADDENDUM = """Naciones Unidas A/HRC/99/14/Add.1
Asamblea General
Informe del Grupo de Trabajo sobre el Examen Periódico Universal
República de Moldova
Adición
Opiniones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y respuestas del Estado examinado
1. La República de Moldova examinó con atención las recomendaciones que quedaban pendientes.
2. La República de Moldova apoya las recomendaciones 91.1 y 91.3. Toma nota de la recomendación 91.2.
3. La República de Moldova apoya también la recomendación 92.1.
"""


@pytest.mark.parametrize("addendum_first", [False, True])
def test_a_spanish_addendum_settles_its_spanish_report(tmp_path, addendum_first):
    report, addendum = tmp_path / "informe.txt", tmp_path / "adicion.txt"
    report.write_text(SPANISH_REPORT, encoding="utf-8")
    addendum.write_text(SPANISH_ADDENDUM, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'upr.db'}") as store:
        files = [addendum, report] if addendum_first else [report, addendum]
        outcomes = analyze_files(files, store, classify=False)
        assert [outcome.error for outcome in outcomes] == [None, None]
        assert sum(outcome.positions_applied for outcome in outcomes) == 3
        [stored_report] = [o.document for o in outcomes if o.document.kind == "wg_report"]
        positions = {r.paragraph: r.position for r in store.load(stored_report.id).recommendations}
    # 92.1 stays noted: the report's own statement wins over the addendum's.
    assert positions == {"90.1": "supported", "91.1": "supported", "91.2": "noted", "91.3": "supported",
                         "92.1": "noted"}
    assert {o.document.kind: o.document.language for o in outcomes} == {"wg_report": "es", "wg_addendum": "es"}


def test_russian_taking_measures_or_adopting_a_law_is_no_position():
    # "принимает" also means "takes (measures)" and "приняло" "adopted (a law)": no position is read from them.
    text = (
        "1.   Правительство принимает меры по выполнению рекомендации 9.1. Правительство приняло новый закон "
        "во исполнение рекомендации 9.2.\n2.   Правительство принимает рекомендации 9.3 и 9.4.\n"
    )
    assert parse_wg_addendum(_text(text)).metadata["positions"] == {"9.3": "supported", "9.4": "supported"}
