"""Unnamed parties and the state they belong to (`unnamed_parties.unnamed_party`)."""

from __future__ import annotations

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.model import load_nlp
from watchfloor.nlp.sentence_parties import nearest_parties


def evidence_of(text: str, published: str = "2024-02-03") -> list[SentenceEvidence]:
    document = Document(text, "t.txt", "t.txt", "text", published=published)
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    return evidence


def all_parties_of(text: str) -> dict[str, Party]:
    return {p.name: p for e in evidence_of(text) for p in e.parties}


def parties_of(text: str) -> dict[str, Party]:
    return {name: p for name, p in all_parties_of(text).items() if p.label == "GROUP"}


def test_a_state_named_twice_still_owns_the_group_its_second_mention_modifies() -> None:
    # the second "U.S." is the same party as "The United States", whose head is the first mention
    found = parties_of("The United States said militias attacked U.S. personnel in Syria.")
    assert found["U.S. personnel"].country == "USA"


def test_an_organ_of_state_is_of_the_state_it_is_in_or_of() -> None:
    found = parties_of("The regime in Iran jailed dozens of students.")
    assert found["The regime"].country == "IRN"
    assert "group_of_state" in found["The regime"].features
    assert parties_of("Authorities in Basra detained a journalist.")["Authorities"].country == "IRQ"


def test_a_states_proxies_and_allies_are_not_the_state() -> None:
    found = parties_of("Iran said Iranian proxies and U.S. allies met in Baghdad.")
    assert found["Iranian proxies"].country is None
    assert found["U.S. allies"].country is None


def test_people_are_of_the_place_named_nearest_them_not_of_a_state_named_there_only_elsewhere() -> None:
    # Israel is named as a place too ("in northern Israel"), but far from the people
    found = parties_of(
        "Israeli jets killed four people in a village in southern Lebanon on Sunday, after Hezbollah"
        " fired rockets at an army post in northern Israel."
    )
    assert found["four people"].country == "LBN" and "people_located" in found["four people"].features


def test_the_parties_nearest_a_trigger_on_either_side_are_marked() -> None:
    doc = load_nlp()("Iran and Syria accused Israel and the United States of the strike.")
    words = {t.text: t for t in doc}
    heads = {"Iran": "Iran", "Syria": "Syria", "Israel": "Israel", "United States": "States"}
    parties = [Party(name, None, None, "GPE", words[word]) for name, word in heads.items()]
    parties.append(Party("Author", None, None, "AUTHOR", None))  # not in the sentence: never nearest
    found = dict(nearest_parties(parties, words["accused"]))
    assert found == {1: "nearest_before", 2: "nearest_after"}
    assert nearest_parties(parties[:2], words["strike"]) == [(1, "nearest_before")]


def test_a_definite_description_points_back_within_the_sentence_and_past_a_plain_adjective() -> None:
    text = (
        "Israeli jets struck Hezbollah positions on Wednesday, hours after the militant group fired rockets."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    _, [evidence] = read_document(document, layout, next(parse_documents([(document, layout)])))
    back = [p for p in evidence.parties if "coref:group" in p.features]
    assert [p.name for p in back] == ["Lebanese Hezbollah"]
    assert not any(p.label == "GROUP" for p in evidence.parties)  # no unnamed "militant group" beside it


def test_the_outlet_a_dateline_credits_is_no_party() -> None:
    text = "Strikes\n\nBEIRUT, Oct 2 (AP) — Israeli jets struck Hezbollah positions, the military said."
    document = Document(text, "t.txt", "t.txt", "text", published="2024-10-02")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    names = {p.name for e in evidence for p in e.parties}
    assert "Lebanese Hezbollah" in names
    assert "Associated Press" not in names


def test_both_sides_and_the_two_countries_are_the_two_parties_named_last() -> None:
    text = (
        "Israeli jets struck Hezbollah positions on Monday. The European Union urged both sides to "
        "exercise restraint.\n\nIran and Russia signed a trade deal. The two countries also agreed to "
        "expand cooperation. The two men spoke at length."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    pairs = {e.text: [p for p in e.parties if "coref:pair" in p.features] for e in evidence}
    urged = next(e for e in evidence if e.text.startswith("The European"))
    first, second = pairs[urged.text]
    assert (first.country, second.country) == ("ISR", "LBN")
    assert first.coordinated == [urged.parties.index(second)]  # the two act or suffer together
    agreed = pairs["The two countries also agreed to expand cooperation."]
    assert [p.country for p in agreed] == ["IRN", "RUS"]
    assert pairs["The two men spoke at length."] == []  # men are no states' sides


def test_a_firm_is_of_the_state_where_it_is_based() -> None:
    found = parties_of("The designations target eight companies based in the United Arab Emirates.")
    assert found["eight companies"].country == "ARE"
    assert parties_of("The designations target eight companies.")["eight companies"].country is None


def test_a_government_body_the_knowledge_base_knows_is_an_organ_of_its_state() -> None:
    text = "Iran's foreign ministry spokesman Nasser Kanaani condemned the sanctions."
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    _, [evidence] = read_document(document, layout, next(parse_documents([(document, layout)])))
    organs = {p.name for p in evidence.parties if "organ_of_state" in p.features}
    assert organs == {"Iranian Ministry of Foreign Affairs"}  # not the person, nor the state


def test_a_party_named_twice_stands_where_it_is_nearest_each_trigger() -> None:
    text = "Israeli jets struck Hezbollah positions in Lebanon hours after Hezbollah fired rockets at Israel."
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    sentence = evidence[0]
    hezbollah = next(i for i, p in enumerate(sentence.parties) if p.country == "LBN" and p.label == "ORG")
    assert sentence.seconds["ASSAULT"].trigger == "fired"
    assert "path:compound^dobj^" in sentence.role_features[("ASSAULT", hezbollah)]  # "struck ... positions"
    assert "path:nsubj^" in sentence.second_role_features[("ASSAULT", hezbollah)]  # "Hezbollah fired"
    assert "gov:nsubj:fire" not in sentence.parties[hezbollah].features  # its first mention's, alone


def test_an_organisation_naming_its_members_stands_where_they_do() -> None:
    # "Hezbollah fighters" is Hezbollah as the subject, coordinated with the other group
    found = all_parties_of("Hezbollah fighters and allied militias shelled Israeli positions on Tuesday.")
    names = list(found)
    hezbollah = next(p for p in found.values() if "Hezbollah" in p.name)
    assert "dep:nsubj" in hezbollah.features
    assert [names[i] for i in hezbollah.coordinated] == ["allied militias"]
    assert not any(p.label == "GROUP" and "fighters" in p.name for p in found.values())


def test_a_party_noun_that_only_modifies_another_noun_is_no_party() -> None:
    found = all_parties_of("Russian missiles struck power stations near the capital on Monday.")
    assert not any(p.label == "GROUP" for p in found.values())
    found = all_parties_of("U.S. aircraft struck Hezbollah militant group targets in Lebanon.")
    assert not any(p.label == "GROUP" for p in found.values())
    assert any("Hezbollah" in p.name for p in found.values())


def test_states_listed_as_modifiers_of_one_group_act_together() -> None:
    found = all_parties_of("U.S. and British forces launched strikes on Houthi targets in Yemen on Monday.")
    names = list(found)
    britain = found["United Kingdom"]
    assert [names[i] for i in britain.coordinated] == ["U.S. and British forces"]


def test_every_state_of_a_list_the_parser_reads_as_an_apposition_acts_together() -> None:
    # the parse: States <-appos- Japan <-conj- Republic (the list goes on under the apposition)
    found = all_parties_of("The United States, Japan, and the Republic of Korea condemn the missile launch.")
    names = list(found)
    assert {names[i] for i in found["United States"].coordinated} == {"Japan", "South Korea"}
    assert {names[i] for i in found["South Korea"].coordinated} == {"United States", "Japan"}


def test_a_party_named_again_elsewhere_keeps_its_coordination_where_first_named() -> None:
    # "between Iran and Russia" is where Iran is coordinated; "on Iran" is where it now stands
    found = all_parties_of(
        "Washington condemned the military partnership between Iran and Russia and imposed sanctions on Iran."
    )
    names = list(found)
    assert [names[i] for i in found["Russia"].coordinated] == ["Iran"]
    assert [names[i] for i in found["Iran"].coordinated] == ["Russia"]


def test_a_group_a_pronoun_owns_is_of_the_party_the_pronoun_points_back_to() -> None:
    found = parties_of("The Houthis said their forces attacked a tanker, and the navy of Iran denied it.")
    assert found["their forces"].country == "YEM"
    urged = parties_of("Senators wrote to President Biden urging his administration to act.")
    assert urged["his administration"].country == "USA"
    # "its" points back past a person to the state
    assert (
        parties_of("Iran told Senator Holloway that its diplomats would attend.")["its diplomats"].country
        == "IRN"
    )


def test_the_sponsor_of_an_unnamed_group_is_no_party_of_its_own() -> None:
    found = all_parties_of("U.S. forces carried out strikes Monday targeting Iran-backed militias in Iraq.")
    assert "Iran" not in found
    assert found["Iran-backed militias"].country is None
    # named for itself it stays one
    assert "Iran" in all_parties_of("Iran-backed groups attacked U.S. troops, and Washington blamed Iran.")


def parties_by_sentence(text: str) -> list[dict[str, Party]]:
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    paragraphs = next(parse_documents([(document, layout)]))
    _, evidence = read_document(document, layout, paragraphs)
    return [{p.name: p for p in e.parties} for e in evidence]


def test_a_pronoun_subject_points_back_past_a_paragraph_break_and_nothing_else_does() -> None:
    found = parties_by_sentence(
        "Iran has armed the Houthis for years.\n\nThey have also funded Hamas and Hezbollah.\n\n"
        "The navy seized a boat near Oman.\n\nThe country denied it."
    )
    assert found[1]["Iran"].label == "PREVIOUS"
    assert "prev_paragraph" in found[1]["Iran"].features
    assert "Hamas" not in found[2] and "Iran" not in found[2]  # no pronoun: the past stays behind
    assert found[3]["Oman"].label == "PREVIOUS"  # "the country": the state named before the break


def test_a_group_listed_after_a_named_party_is_a_party_of_its_own() -> None:
    found = all_parties_of("Hamas and other militant groups fired rockets at Israel.")
    names = list(found)
    assert [names[i] for i in found["Hamas"].coordinated] == ["other militant groups"]
    assert found["other militant groups"].country is None
    # the owner of a list's first item owns the rest
    listed = all_parties_of("Washington sanctioned Iran's Morality Police and senior security officials.")
    assert listed["senior security officials"].country == "IRN"


def test_a_definite_description_that_names_its_state_points_back_to_nobody() -> None:
    found = parties_by_sentence(
        "The Critical Threats Project tracks the region.\n\n"
        "The Syrian regime is courting Arab states.\n\nThe regime then courted Iraq."
    )
    assert "Critical Threats Project" not in found[1]  # "the Syrian regime" is Syria's own
    assert "Syria" in found[2] and found[2]["Syria"].label == "PREVIOUS"  # "the regime" points back


def test_a_ship_named_by_its_flag_alone_is_of_the_flag_state() -> None:
    assert (
        parties_of("The Houthis fired a missile at a Norwegian-flagged tanker.")[
            "a Norwegian-flagged tanker"
        ].country
        == "NOR"
    )
    found = parties_of("A missile struck a Marshall Islands-flagged vessel off Yemen.")
    assert found["a Marshall Islands-flagged vessel"].country == "MHL"


def test_who_joins_others_in_an_act_acts_with_them_but_not_who_joins_a_body() -> None:
    found = all_parties_of("Canada joined Britain and Norway in condemning the strike on the convoy.")
    names = list(found)
    assert {names[i] for i in found["Canada"].coordinated} == {"United Kingdom", "Norway"}
    assert "Canada" in {names[i] for i in found["Norway"].coordinated}
    member = all_parties_of("Sweden joined NATO in March.")
    assert not member["Sweden"].coordinated


def test_the_bloc_points_back_to_an_organisation_of_no_state() -> None:
    text = (
        "Sanctions\n\nThe European Union blacklisted three Iranian shipping companies on Wednesday.\n\n"
        "The bloc also froze the assets of four Iranian officials."
    )
    later = next(e for e in evidence_of(text, "2024-11-20") if "bloc" in e.text)
    back = [p for p in later.parties if "coref:bloc" in p.features]
    assert [p.name for p in back] == ["European Union"] and back[0].country is None


def test_a_state_that_supplies_or_backs_is_a_party_and_a_supplied_thing_names_no_state() -> None:
    assert "Iran" in all_parties_of("Iran has supplied Russia with hundreds of drones.")
    assert "Iran" in all_parties_of("Iran backed the Houthis throughout the war.")
    assert "Iran" not in all_parties_of("Russia launched Iranian-supplied drones at Kyiv.")


def test_a_name_no_one_knows_that_a_report_is_told_to_is_the_outlet() -> None:
    found = all_parties_of("Egypt has supplied the army with drones, two diplomats told Example Daily.")
    assert "Egypt" in found and "Example Daily" not in found


def test_a_state_naming_its_border_or_coast_is_where_not_who() -> None:
    found = all_parties_of("Sudan's army let aid trucks cross the Chad border on Monday.")
    assert "loc" in found["Chad"].features
    assert "loc" not in all_parties_of("Chad closed its border with Sudan on Monday.")["Chad"].features


def test_both_sides_of_a_civil_war_are_its_two_bodies_and_never_who_urges_them() -> None:
    text = (
        "Sudan\n\nThe Sudanese Armed Forces repelled an attack by the Rapid Support Forces on Tuesday.\n\n"
        "Britain urged both sides to return to talks."
    )
    urged = next(e for e in evidence_of(text, "2024-06-14") if e.text.startswith("Britain"))
    sides = {p.name for p in urged.parties if "coref:pair" in p.features}
    assert sides == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_an_outlet_asking_for_the_story_is_the_press_at_work() -> None:
    text = "Reuters asked the Israeli military whether its jets had struck the port."
    assert "Reuters" not in all_parties_of(text)
    assert "Israel Defense Forces" in all_parties_of(text) or "Israel" in all_parties_of(text)
    asked = all_parties_of("Asked by Reuters, the ministry declined to comment on the strike.")
    assert "Reuters" not in asked


def test_an_unknown_outlet_credited_in_the_dateline_is_no_party() -> None:
    text = (
        "BEIRUT, Nov 27 (Example Post) - A ceasefire between Israel and Hezbollah took effect early "
        "on Wednesday, hours after Israeli jets pounded the southern suburbs."
    )
    found = all_parties_of(text)
    assert "Example Post" not in found and "Israel" in found


def test_people_of_no_named_state_are_of_the_place_named_nearest_them() -> None:
    text = (
        "Hezbollah fired rockets at northern Israel on Sunday after an Israeli strike killed "
        "29 people in central Beirut."
    )
    assert all_parties_of(text)["29 people"].country == "LBN"


def test_a_state_named_as_a_target_stays_a_party_beside_its_speakers_demonym() -> None:
    found = all_parties_of("Russia fired dozens of drones at Ukraine overnight, Ukrainian officials said.")
    assert "Ukraine" in found and found["Ukrainian officials"].country == "UKR"
    # a demonym that only describes its speaker is no party of its own
    described = all_parties_of("Ukrainian officials said Russia fired dozens of drones overnight.")
    assert "Ukraine" not in described


def told(text: str, speaker: str) -> bool:
    """Whether the speaker of a one-sentence text tells of another's attack (`tells_of_anothers`)."""
    (evidence,) = evidence_of(text)
    index = next(i for i, p in enumerate(evidence.parties) if p.name == speaker)
    return "tells_of_anothers" in evidence.role_features[("ASSAULT", index)]


def test_a_speaker_telling_of_its_own_troops_may_still_be_the_doer() -> None:
    assert told("Pakistan said the strikes killed 26 civilians.", "Pakistan")
    assert not told("Pakistan said its strikes killed 26 militants.", "Pakistan")
    assert not told("The Israeli army said troops killed three militants in Jenin.", "Israel Defense Forces")


def test_a_speaker_tells_of_anothers_deed_wherever_the_reporting_verb_stands() -> None:
    # after the deed, or beside a deed it does not govern
    assert told("Hezbollah fired rockets at Haifa, Israel said.", "Israel")
    assert told("The police confirmed the report, and rockets hit two barns in the village.", "The police")


def test_its_own_is_of_the_clause_subject_and_through_it_of_the_speaker() -> None:
    found = parties_of(
        "Taiwan's defence ministry said it had detected 21 Chinese warships around the island,"
        " and that it had dispatched its own forces to monitor them."
    )
    assert found["its own forces"].country == "TWN"
    bound = parties_of("Ukrainian officials said Russian gunners had shelled their own troops by mistake.")
    assert bound["their own troops"].country == "RUS"
