"""Instruments cited in recommendations: ids, articles, actions. All texts are invented for these tests."""

from __future__ import annotations

import json

import pytest

from uprmonitor.classify.instruments import (
    CATALOGUE_PATH,
    compile_alias,
    find_instruments,
    instrument_ids,
    load_catalogue,
    ratification_asks,
)


def ids(text: str) -> list[str]:
    return instrument_ids(text)


def only(text: str):
    mentions = find_instruments(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- the catalogue -------------------------------------------------------------------------------


def test_catalogue_ids_are_unique_and_references_resolve():
    data = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    known = [entry["id"] for entry in data["instruments"]]
    assert len(known) == len(set(known))
    for entry in data["instruments"]:
        assert entry["kind"] in ("treaty", "protocol", "standard")
        assert entry.get("parent") in (None, *known)
        assert set(entry.get("plural", [])) <= set(known)
    for combined in data["combined"]:
        assert set(combined["ids"]) <= set(known)


def test_alias_syntax_tolerates_spelling_variants():
    pattern = compile_alias("[International] Convention on the Elimination [of] [all forms of] Racial Discrimination")
    for text in ("International Convention on the Elimination of All Forms of Racial Discrimination",
                 "Convention on Elimination of Racial Discrimination",
                 "convention for the elimination of all forms of racial discrimination",
                 "UN Convention on the Elimination of All Forms of Racial-Discrimination"):
        assert pattern.search(text), text
    assert not pattern.search("Convention on the Elimination of Discrimination against Women")


# --- core treaties, full names and abbreviations -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Ratify the International Covenant on Civil and Political Rights", "ICCPR"),
    ("Respect its obligations under the Covenant on Civil and Political Rights", "ICCPR"),
    ("Accede to the ICCPR without delay", "ICCPR"),
    ("Ratify the International Covenant on Economic, Social and Cultural Rights", "ICESCR"),
    ("Become party to the Covenant on Economic Social and Cultural Rights", "ICESCR"),
    ("Ratify the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT"),
    ("Ratify the Convention on the Elimination of all Forms of Discrimination against Women", "CEDAW"),
    ("Fully implement the Convention of the Rights of the Child", "CRC"),
    ("Ratify the Convention on the Rights of Persons with Disabilities", "CRPD"),
    ("Ratify the International Convention on the Elimination of All Forms of Racial Discrimination", "ICERD"),
    ("Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", "ICRMW"),
    ("Ratify the CMW", "ICRMW"),
    ("Ratify the International Convention for the Protection of All Persons from Enforced Disappearances", "ICPPED"),
    ("Sign the CPED", "ICPPED"),
    ("Ratify the Rome Statute of the International Criminal Court", "ROME"),
    ("Accede to the 1951 Convention relating to the Status of Refugees", "REFUGEE-1951"),
    ("Ratify the UNESCO Convention against Discrimination in Education", "UNESCO-CADE"),
    ("Ratify the Council of Europe Convention on preventing and combating violence against women and domestic violence", "ISTANBUL"),
    ("Ratify the Istanbul Convention", "ISTANBUL"),
    ("Ratify the American Convention on Human Rights", "ACHR"),
    ("Ratify the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", "MAPUTO"),
    ("Ratify the African Charter on Human and Peoples\u2019 Rights", "ACHPR"),
    ("Implement the Arab Charter on Human Rights", "ARAB-CHARTER"),
    ("Ratify the Revised European Social Charter", "ESC"),
    ("Respect the OSCE Guidelines on Freedom of Peaceful Assembly", "OSCE-ASSEMBLY"),
    ("Ratify the Palermo Protocol", "PALERMO"),
    ("Ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", "PALERMO"),
    ("Ratify the Agreement on the Privileges and Immunities of the International Criminal Court", "APIC"),
    ("Ratify the Kampala amendments", "ROME-AMEND"),
])
def test_each_alias_family(text, expected):
    assert ids(text) == [expected]


def test_full_name_with_its_abbreviation_is_one_mention():
    text = "Ratify the Convention on the Rights of Persons with Disabilities (CRPD) soon"
    mention = only(text)
    assert mention.id == "CRPD"
    assert text[mention.span[0]:mention.span[1]] == "Convention on the Rights of Persons with Disabilities (CRPD)"


def test_spans_point_at_the_mention():
    text = "Swiftly ratify CEDAW and the ICRMW."
    assert [text[m.span[0]:m.span[1]] for m in find_instruments(text)] == ["CEDAW", "ICRMW"]


def test_abbreviations_are_case_sensitive_whole_tokens():
    assert ids("Protect the cat and the crc of the village") == []
    assert ids("Strengthen CATALOGUE of laws") == []


# --- optional protocols --------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Ratify OP-CAT", ["OPCAT"]),
    ("Ratify the OPCAT and designate a national preventive mechanism", ["OPCAT"]),
    ("Ratify the Optional Protocol to the Convention against Torture", ["OPCAT"]),
    ("Ratify the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty", ["ICCPR-OP2"]),
    ("Accede to the Optional Protocol to the ICCPR aiming at the abolition of the death penalty", ["ICCPR-OP2"]),
    ("Ratify ICCPR-OP2", ["ICCPR-OP2"]),
    ("Ratify the First Optional Protocol to the ICCPR", ["ICCPR-OP1"]),
    ("Ratify the Optional Protocol to the International Covenant on Civil and Political Rights", ["ICCPR-OP1"]),
    ("Ratify the OP-ICESCR", ["ICESCR-OP"]),
    ("Ratify the Optional Protocol to CEDAW", ["CEDAW-OP"]),
    ("Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
     ["CRC-OP-IC"]),
    ("Ratify the Optional Protocol to the CRC on the involvement of children in armed conflict", ["CRC-OP-AC"]),
    ("Ratify OP-CRC-SC and CRC-OPAC", ["CRC-OP-SC", "CRC-OP-AC"]),
    ("Ratify the Optional Protocol on the sale of children, child prostitution and child pornography", ["CRC-OP-SC"]),
    ("Ratify the Optional Protocol to the CRPD", ["CRPD-OP"]),
])
def test_optional_protocols(text, expected):
    assert ids(text) == expected


def test_unspecified_protocol_of_the_crc_gets_the_generic_id():
    assert ids("Ratify the Optional Protocol to the CRC") == ["CRC-OP"]


def test_its_optional_protocol_refers_back_to_the_treaty():
    assert ids("Sign and ratify the Convention against Torture and its Optional Protocol") == ["CAT", "OPCAT"]
    assert ids("Ratify the ICCPR and its two Optional Protocols") == ["ICCPR", "ICCPR-OP1", "ICCPR-OP2"]


def test_plural_protocols_distribute_over_a_list_of_treaties():
    text = "Ratify the optional protocols to the Convention against Torture, the ICESCR and CEDAW"
    assert ids(text) == ["OPCAT", "ICESCR-OP", "CEDAW-OP"]


def test_both_topics_of_plural_crc_protocols():
    text = ("Ratify the Optional Protocols to the CRC on the sale of children, child prostitution and child "
            "pornography and on the involvement of children in armed conflict")
    assert sorted(ids(text)) == ["CRC-OP-AC", "CRC-OP-SC"]


def test_a_protocol_without_parent_or_topic_is_skipped():
    assert ids("Ratify the optional protocols to the core treaties and abolish the death penalty") == []
    assert ids("Implement the national protocol on the treatment of detainees") == []


# --- ambiguity ----------------------------------------------------------------------------------


def test_the_convention_alone_is_not_an_instrument():
    assert ids("Bring its laws in line with the Convention and the Covenant") == []


def test_treaty_bodies_are_not_instruments():
    assert ids("Implement the recommendations of the CEDAW Committee") == []
    assert ids("Cooperate with the Committee against Torture (CAT) fully") == []
    assert ids("Follow up the concluding observations made by CERD") == []


def test_two_covenants_name_both():
    assert ids("Ratify the two International Covenants") == ["ICCPR", "ICESCR"]


def test_statelessness_conventions_together():
    assert ids("Accede to the 1954 and 1961 Conventions on statelessness") == ["STATELESS-1954", "STATELESS-1961"]
    assert ids("Ratify the 1961 Convention on the Reduction of Statelessness") == ["STATELESS-1961"]


# --- ILO conventions ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Ratify ILO Convention No. 189 on domestic workers", ["C189"]),
    ("Ratify the Domestic Workers Convention", ["C189"]),
    ("Ratify ILO C169", ["C169"]),
    ("Consider ratifying ILO Conventions Nos. 138 and 182", ["C138", "C182"]),
    ("Ratify Convention No. 87 of the International Labour Organization", ["C087"]),
    ("Ratify the Indigenous and Tribal Peoples Convention", ["C169"]),
    ("Ratify the ILO Convention concerning Minimum Age for Admission to Employment", ["C138"]),
    ("Ratify ILO Convention 158", ["C158"]),
    ("Ratify the Protocol of 2014 to the Forced Labour Convention", ["P029"]),
    ("Ratify the ILO 190", ["C190"]),
])
def test_ilo_conventions_by_number_and_name(text, expected):
    assert ids(text) == expected


def test_an_ilo_number_not_in_the_catalogue_still_gets_a_stable_id():
    mention = only("Ratify ILO Convention No. 158")
    assert (mention.id, mention.body) == ("C158", "ILO")


# --- soft law -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Establish an NHRI in full conformity with the Paris Principles", "PARIS-PRINCIPLES"),
    ("Apply the Bangkok Rules to women in detention", "BANGKOK-RULES"),
    ("Bring prisons in line with the Nelson Mandela Rules", "MANDELA-RULES"),
    ("Apply the Yogyakarta Principles in policy making", "YOGYAKARTA"),
    ("Implement the United Nations Declaration on the Rights of Indigenous Peoples", "UNDRIP"),
])
def test_soft_law_is_marked_standard(text, expected):
    mention = only(text)
    assert (mention.id, mention.kind, mention.action) == (expected, "standard", "implement")


# --- articles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Guarantee freedom of religion in line with ICCPR article 18", ("18",)),
    ("Comply with article 2 of CEDAW", ("2",)),
    ("Withdraw its reservations to articles 2 and 16 of CEDAW", ("2", "16")),
    ("Ensure accessibility as required by art. 12 CRPD", ("12",)),
    ("Lift the reservation to article 9 (2) of the Convention on the Rights of the Child", ("9",)),
    ("Withdraw reservations to articles 11, 13, 15 and 16 of the CRC", ("11", "13", "15", "16")),
    ("Respect the CRC, in particular articles 3 to 5", ("3", "4", "5")),
    ("Make the declaration under article 22 of the Convention against Torture", ("22",)),
])
def test_articles_cited_with_a_mention(text, expected):
    assert only(text).article == expected


def test_an_article_of_another_law_is_not_taken():
    mention = only("In accordance with article 70 of the Constitution, ratify the CRPD")
    assert mention.article == ()


# --- actions ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Ratify the CRPD", "ratify"),
    ("Consider acceding to the ICRMW", "ratify"),
    ("Become a party to the Rome Statute", "ratify"),
    ("Take steps towards the ratification of CED", "ratify"),
    ("Sign and ratify the ICPPED", "ratify"),
    ("Sign the Rome Statute", "sign"),
    ("Withdraw its reservations to CEDAW", "withdraw_reservation"),
    ("Consider lifting the reservation to the CRC", "withdraw_reservation"),
    ("Fully implement CEDAW", "implement"),
    ("Harmonise national legislation with the Convention on the Rights of the Child", "implement"),
    ("Guarantee the right to a fair trial in accordance with the ICCPR", "implement"),
    ("Submit its overdue reports under the ICCPR", "cite"),
])
def test_action_asked(text, expected):
    assert only(text).action == expected


def test_each_mention_takes_the_nearest_action_before_it():
    text = "Withdraw its reservations to CEDAW and ratify its Optional Protocol and implement the CRC"
    assert [(m.id, m.action) for m in find_instruments(text)] == [
        ("CEDAW", "withdraw_reservation"), ("CEDAW-OP", "ratify"), ("CRC", "implement")]


def test_past_tense_describes_rather_than_asks():
    text = "Ratify CAT, which it signed in 2002, and CED"
    assert [(m.id, m.action) for m in find_instruments(text)] == [("CAT", "ratify"), ("ICPPED", "ratify")]


def test_a_full_stop_after_an_abbreviation_does_not_end_the_sentence():
    assert [m.action for m in find_instruments("Ratify ILO Conventions Nos. 100 and 111 and C189")] == ["ratify"] * 3


def test_ratification_asks():
    text = ("Ratify the OP-CAT and the Second Optional Protocol to the ICCPR, withdraw its reservations to "
            "article 16 of CEDAW and implement the Paris Principles")
    assert ratification_asks(text) == ["OPCAT", "ICCPR-OP2"]
    assert ratification_asks("Promote gender equality in employment") == []


def test_catalogue_is_loaded_once():
    assert load_catalogue() is load_catalogue()


def test_a_treaty_name_before_its_protocol_is_part_of_the_protocol():
    assert ids("Accede to the ICCPR Second Optional Protocol") == ["ICCPR-OP2"]
    assert ids("Ratify the CRPD and the Optional Protocol") == ["CRPD", "CRPD-OP"]


def test_protocols_of_other_treaties_and_their_anaphora():
    assert ids("Accede to the 1951 Convention relating to the Status of Refugees and its Protocol") == [
        "REFUGEE-1951", "REFUGEE-1967"]
    assert ids("Implement the Convention against Transnational Organized Crime and the Protocols thereto") == [
        "UNTOC", "PALERMO", "UNTOC-SMUGGLING"]
    assert ids("Ratify both Protocols to the Convention on the Rights of the Child (CRC)") == ["CRC-OP-AC", "CRC-OP-SC"]


def test_a_word_containing_a_cue_is_not_a_cue():
    # "Enforced" is not "enforce": the action stays the one asked at the start of the list
    text = "Ratify the Convention for the Protection of All Persons from Enforced Disappearance and the CRPD"
    assert [m.action for m in find_instruments(text)] == ["ratify", "ratify"]


def test_a_bare_protocol_needs_its_treaty():
    assert ids("Adopt a protocol on the identification of victims of trafficking") == []
    assert ids("Ratify the Protocol to the Convention against Torture") == ["OPCAT"]


def test_a_protocol_code_followed_by_its_topic():
    assert ids("Ratify OP-CRC on the sale of children") == ["CRC-OP-SC"]
    assert ids("Ratify OP-CRC") == ["CRC-OP"]


def test_the_strongest_cue_since_the_previous_mention_wins():
    assert only("Ratify and implement effectively the OP-CAT").action == "ratify"
    text = "Ratify the OPCAT and set up a preventive mechanism in line with the CAT"
    assert [m.action for m in find_instruments(text)] == ["ratify", "implement"]


def test_articles_of_the_convention_go_to_the_treaty_named_before():
    text = "Ratify the CED and recognise the competence provided for in articles 31 and 32 of the Convention"
    mention = only(text)
    assert (mention.id, mention.article) == ("ICPPED", ("31", "32"))


def test_coordinated_mentions_share_the_action():
    assert [m.action for m in find_instruments("Ratify and implement ICCPR and ICESCR")] == ["ratify", "ratify"]
    text = "Consider accession to the core treaties and withdrawing existing reservations to CEDAW and CRC"
    assert [m.action for m in find_instruments(text)] == ["withdraw_reservation"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Ratificar el Protocolo Facultativo de la Convención contra la Tortura.", [("OPCAT", (), "ratify")]),
    ("Ratifier le Protocole facultatif se rapportant à la Convention relative aux droits des personnes handicapées.",
     [("CRPD-OP", (), "ratify")]),
    ("Adherirse a la Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores "
     "Migratorios y de sus Familiares.", [("ICRMW", (), "ratify")]),
    ("Ratifier le Statut de Rome de la Cour pénale internationale.", [("ROME", (), "ratify")]),
    ("Aplicar el artículo 12 de la Convención sobre los Derechos de las Personas con Discapacidad.",
     [("CRPD", ("12",), "implement")]),
    ("Firmar y ratificar el Pacto Internacional de Derechos Económicos, Sociales y Culturales y su Protocolo "
     "Facultativo.", [("ICESCR", (), "ratify"), ("ICESCR-OP", (), "ratify")]),
])
def test_core_treaties_named_in_spanish_and_french(text, expected):
    assert [(m.id, m.article, m.action) for m in find_instruments(text)] == expected
