"""Working Group reports in French, Spanish, Russian, Arabic and Chinese, written for these tests.

Each report follows the UN layout: symbol, title, State under review, the conclusions section with one
supported, one noted and one pending list, and the closing sentence that must end the section. The
recommending States are written in the report's language and must come out as canonical English names.
"""

from __future__ import annotations

import pytest

from builders import write_text
from uprmonitor.ingest import read_document
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.wg_items import split_item
from uprmonitor.structure.wg_report import parse_wg_report

SPANISH = """Naciones Unidas A/HRC/99/14
Asamblea General
Distr. general
3 de abril de 2031
Consejo de Derechos Humanos
Grupo de Trabajo sobre el Examen Periódico Universal
Informe del Grupo de Trabajo sobre el Examen Periódico Universal*
República de Moldova
* El anexo se distribuye sin revisión editorial. A/HRC/WG.6/61/MDA/1
I. Resumen de las actuaciones
5. La delegación presentó el informe nacional y respondió a las preguntas formuladas.
II. Conclusiones y/o recomendaciones
90. Las recomendaciones formuladas durante el diálogo interactivo que figuran a continuación han sido examinadas por la República de Moldova y cuentan con su apoyo:
90.1 Ratificar el Protocolo Facultativo de la Convención contra la Tortura (Noruega);
90.2 Aprobar una ley integral contra la discriminación antes de 2033 (Estado Plurinacional de Bolivia, Reino Unido de Gran Bretaña e Irlanda del Norte);
91. La República de Moldova examinará las recomendaciones que figuran a continuación y les dará respuesta a su debido tiempo:
91.1 Despenalizar la difamación (Estados Unidos de América);
92. La República de Moldova tomó nota de las recomendaciones siguientes:
92.1 Abolir la pena de muerte en todas las circunstancias (Federación de Rusia);
93. Todas las conclusiones y/o recomendaciones que figuran en el presente informe reflejan la posición del Estado o los Estados que las presentaron.
Composición de la delegación
"""

FRENCH = """Nations Unies A/HRC/99/14
Assemblée générale
Distr. générale
3 avril 2031
Conseil des droits de l'homme
Rapport du Groupe de travail sur l'Examen périodique universel*
République de Moldova
II. Conclusions et/ou recommandations
90. Les recommandations ci-après, formulées au cours du dialogue, ont été examinées par la République de Moldova et recueillent son adhésion :
90.1 Ratifier le Protocole facultatif se rapportant à la Convention contre la torture (Norvège) ;
90.2 Adopter une loi globale contre la discrimination d'ici à 2033 (Bolivie (État plurinational de), Royaume-Uni de Grande-Bretagne et d'Irlande du Nord) ;
91. La République de Moldova examinera les recommandations ci-après et y répondra en temps voulu :
91.1 Dépénaliser la diffamation (États-Unis d'Amérique) ;
92. La République de Moldova a pris note des recommandations ci-après :
92.1 Abolir la peine de mort en toutes circonstances (Fédération de Russie).
93. Toutes les conclusions et/ou recommandations figurant dans le présent rapport reflètent la position de l'État ou des États qui les ont formulées.
Composition de la délégation
"""

RUSSIAN = """Организация Объединенных Наций A/HRC/99/14
Генеральная Ассамблея
Совет по правам человека
Доклад Рабочей группы по универсальному периодическому обзору*
Республика Молдова
II. Выводы и/или рекомендации
90. Следующие рекомендации, высказанные в ходе интерактивного диалога, были изучены Республикой Молдова и пользуются ее поддержкой:
90.1 ратифицировать Факультативный протокол к Конвенции против пыток (Норвегия);
90.2 принять всеобъемлющий закон о борьбе с дискриминацией до 2033 года (Боливия (Многонациональное Государство), Соединенное Королевство Великобритании и Северной Ирландии);
91. Республика Молдова изучит следующие рекомендации и представит ответы в надлежащие сроки:
91.1 декриминализировать диффамацию (Соединенные Штаты Америки);
92. Республика Молдова приняла к сведению следующие рекомендации:
92.1 отменить смертную казнь при любых обстоятельствах (Российская Федерация).
93. Все выводы и/или рекомендации, содержащиеся в настоящем докладе, отражают позицию представивших их государств.
Состав делегации
"""

ARABIC = """الأمم المتحدة A/HRC/99/14
الجمعية العامة
مجلس حقوق الإنسان
تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*
جمهورية مولدوفا
ثانياً- الاستنتاجات و/أو التوصيات
90- درست جمهورية مولدوفا التوصيات التالية وهي تحظى بتأييدها:
90-1 التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب (النرويج)؛
90-2 اعتماد قانون شامل لمكافحة التمييز بحلول عام 2033 (بوليفيا (دولة - المتعددة القوميات) والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية)؛
91- ستنظر جمهورية مولدوفا في التوصيات التالية وستقدم ردودها في الوقت المناسب:
91-1 إلغاء تجريم التشهير (الولايات المتحدة الأمريكية)؛
92- أحاطت جمهورية مولدوفا علماً بالتوصيات التالية:
92-1 إلغاء عقوبة الإعدام في جميع الظروف (الاتحاد الروسي).
93- تعبر جميع الاستنتاجات و/أو التوصيات الواردة في هذا التقرير عن موقف الدولة أو الدول التي قدمتها.
تشكيلة الوفد
"""

CHINESE = """联合国 A/HRC/99/14
大会
人权理事会
普遍定期审议工作组报告*
摩尔多瓦共和国
二. 结论和/或建议
90. 摩尔多瓦共和国审查了在互动对话期间提出的下列建议，这些建议得到了摩尔多瓦共和国的支持：
90.1 批准《禁止酷刑公约任择议定书》(挪威)；
90.2 在2033年之前通过一部全面的反歧视法（多民族玻利维亚国、大不列颠及北爱尔兰联合王国）；
91. 摩尔多瓦共和国将审查下列建议，并将及时作出答复：
91.1 将诽谤非刑罪化(美利坚合众国)；
92. 摩尔多瓦共和国注意到下列建议：
92.1 在任何情况下都废除死刑(俄罗斯联邦)。
93. 本报告所载所有结论和/或建议均反映提交国和/或被审议国的立场。
代表团组成
"""

REPORTS = {"es": SPANISH, "fr": FRENCH, "ru": RUSSIAN, "ar": ARABIC, "zh": CHINESE}

EXPECTED = [
    ("90.1", "supported", ["Norway"]),
    ("90.2", "supported", ["Bolivia (Plurinational State of)", "United Kingdom of Great Britain and Northern Ireland"]),
    ("91.1", "pending", ["United States of America"]),
    ("92.1", "noted", ["Russian Federation"]),
]


def _parse(tmp_path, language: str):
    extracted = read_document(write_text(tmp_path / f"report-{language}.txt", REPORTS[language]))
    return extracted, parse_wg_report(extracted)


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_report_in_each_un_language_is_detected_as_a_wg_report(tmp_path, language):
    extracted = read_document(write_text(tmp_path / "report.txt", REPORTS[language]))
    assert detect_kind(extracted) == "wg_report"


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_paragraphs_positions_and_states_in_each_un_language(tmp_path, language):
    _, structure = _parse(tmp_path, language)
    found = [
        (r.paragraph.replace("-", "."), r.position, r.recommending_states) for r in structure.recommendations
    ]
    assert found == EXPECTED


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_metadata_in_each_un_language(tmp_path, language):
    _, structure = _parse(tmp_path, language)
    assert structure.metadata["language"] == language
    assert structure.metadata["symbol"] == "A/HRC/99/14"
    assert structure.metadata["state_under_review"] == "Republic of Moldova"


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_texts_keep_their_words_and_lose_the_states(tmp_path, language):
    extracted, structure = _parse(tmp_path, language)
    first = structure.recommendations[0]
    # The text is the recommendation alone, and its span points back into the source.
    assert first.text and "(" not in first.text and "（" not in first.text
    assert first.text[:4].lower() in extracted.text[first.start : first.end].lower()  # the first letter is capitalised
    assert not first.text.endswith((";", "；", "؛", ".", "。"))


def test_the_closing_sentence_is_not_read_as_the_section_heading(tmp_path):
    # Each report repeats "conclusions and/or recommendations" in its closing paragraph 93; a parser that took
    # the last mention as the heading would find no recommendation at all.
    for language in REPORTS:
        _, structure = _parse(tmp_path, language)
        assert len(structure.recommendations) == 4, language


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Ratifier la Convention (Norvège et Suède) ;", ["Norway", "Sweden"]),
        ("Ratificar la Convención (Chile, Perú y Uruguay);", ["Chile", "Peru", "Uruguay"]),
        ("批准《公约》(挪威、瑞典)；", ["Norway", "Sweden"]),
        ("批准《公约》（挪威和瑞典）；", ["Norway", "Sweden"]),
        ("التصديق على الاتفاقية (النرويج والسويد)؛", ["Norway", "Sweden"]),
        ("ратифицировать Конвенцию (Норвегия и Швеция);", ["Norway", "Sweden"]),
    ],
)
def test_brackets_of_several_states_in_other_languages(text, states):
    pieces = split_item(text)
    assert [piece.states for piece in pieces] == [states]


@pytest.mark.parametrize("text", ["Aplicar el Convenio (Convenio núm. 169) en 2030 (2025-2030);",
                                  "落实《公约》(2025-2030年)；"])
def test_brackets_that_hold_no_state_stay_in_the_text(text):
    pieces = split_item(text)
    # No State bracket: the item is kept whole and credited to nobody.
    assert [piece.states for piece in pieces] == [[]]
