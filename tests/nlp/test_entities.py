"""Which names are entities, and of which state: sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document
from watchfloor.nlp.non_entities import is_non_entity
from watchfloor.nlp.types import Extraction
from watchfloor.record import extraction_record


def extract(body: str) -> tuple[Extraction, dict[str, dict[str, object]]]:
    text = f"Desk Note\n\n{body}"
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    found = extract_document(document, layout)
    record = extraction_record(document, layout, found)
    return found, {str(e["name"]): e for e in record["entities"]}


def test_a_states_forces_are_one_organisation_of_that_state() -> None:
    found, entities = extract(
        "U.S. military forces struck two depots in Syria. Later, American forces withdrew. "
        "Russian troops shelled Kharkiv, and Iranian-backed forces fired rockets at a base."
    )
    assert entities["U.S. military forces"]["type"] == "ORG"
    assert entities["U.S. military forces"]["country"] == "USA"
    assert "American forces" in entities["U.S. military forces"]["mentions"]  # type: ignore[operator]
    assert entities["Russian troops"]["country"] == "RUS"
    assert not any("backed" in name for name in entities)  # backed by Iran is not Iran's
    assault = [e for e in found.events if e.type == "ASSAULT" and "depots" in e.text]
    assert assault and assault[0].actor == "U.S. military forces" and assault[0].actor_country == "USA"


def test_page_furniture_weapon_classes_and_bare_titles_are_no_entities() -> None:
    _, entities = extract(
        "Download Image\n\nIran sent UAVs to Russia, the Director General said. "
        "Air Force Brig. Gen. Pat Ryder told reporters the ASBMs missed. The Secretary of State "
        "said Iran and Russia broke UN Security Council Resolution 2231 and the JCPOA."
    )
    assert {"Iran", "Russia"} <= set(entities)
    furniture = {"Download Image", "UAVs", "ASBMs", "Director General", "Air Force Brig", "State"}
    assert not furniture & set(entities)
    assert not [name for name in entities if "Resolution" in name or name == "JCPOA"]


def test_a_title_gives_the_person_its_state_and_the_person_is_the_party() -> None:
    found, entities = extract(
        "U.S. Senator Jane Holloway met Iranian lawmaker Reza Karimi in Geneva on Monday."
    )
    assert entities["Jane Holloway"]["country"] == "USA"
    assert entities["Reza Karimi"]["country"] == "IRN"
    meeting = [e for e in found.events if e.type == "CONSULT"]
    assert meeting and {meeting[0].actor, meeting[0].recipient} == {"Jane Holloway", "Reza Karimi"}


def test_the_list_of_non_entities_is_validated_and_extendable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert is_non_entity("UAVs") and is_non_entity("press release") and not is_non_entity("Iran")
    cases = {
        "good": "page_furniture: [Watch Live]\n",
        "unknown_key": "banners: [Watch Live]\n",
        "not_a_list": "page_furniture: Watch Live\n",
    }
    for name, content in cases.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "non_entities.yaml").write_text(content)
    monkeypatch.setenv("WATCHFLOOR_KB_EXTRA", str(tmp_path / "good"))
    assert is_non_entity("Watch Live")
    monkeypatch.setenv("WATCHFLOOR_KB_EXTRA", str(tmp_path / "unknown_key"))
    with pytest.raises(ConfigError) as caught:
        is_non_entity("Watch Live")
    assert "unknown_key/non_entities.yaml" in str(caught.value) and "page_furniture" in str(caught.value)
    monkeypatch.setenv("WATCHFLOOR_KB_EXTRA", str(tmp_path / "not_a_list"))
    with pytest.raises(ConfigError, match="expected a list of names"):
        is_non_entity("Watch Live")


def test_ships_are_entities_of_their_navy_or_flag_and_parties_to_attacks() -> None:
    found, entities = extract(
        "Houthi missiles struck the Liberian-flagged M/V Harbor Star in the Red Sea on Tuesday. "
        "The destroyer USS Halsey shot down two drones launched from Yemen."
    )
    assert (entities["M/V Harbor Star"]["type"], entities["M/V Harbor Star"]["country"]) == ("FAC", "LBR")
    assert (entities["USS Halsey"]["type"], entities["USS Halsey"]["country"]) == ("WEAPON", "USA")
    struck = [e for e in found.events if e.type == "ASSAULT" and "Harbor Star" in e.text]
    assert struck and (struck[0].actor_country, struck[0].recipient_country) == ("YEM", "LBR")
    assert "Liberia" not in {e.actor for e in found.events} | {e.recipient for e in found.events}


def test_a_ship_called_by_its_name_alone_is_the_ship_named_before() -> None:
    _, entities = extract(
        "The destroyer USS Halsey was sailing in the Red Sea on Tuesday.\n\n"
        "Houthi forces fired two drones at the Halsey. The Halsey shot both down."
    )
    assert entities["USS Halsey"]["mentions"] == ["USS Halsey", "Halsey"] and "Halsey" not in entities
    assert entities["USS Halsey"]["country"] == "USA"  # what the ship suffers, its navy's state suffers


def test_a_merchant_ship_named_again_without_its_prefix_is_the_ship_and_a_party() -> None:
    found, entities = extract(
        "On Monday the Houthis attacked the Liberian-flagged M/V Cedar Point with a drone boat.\n\n"
        "The attack on the Cedar Point caused flooding in the engine room."
    )
    assert entities["M/V Cedar Point"]["mentions"] == ["M/V Cedar Point", "Cedar Point"]
    assert "Cedar Point" not in entities
    later = [e for e in found.events if e.type == "ASSAULT" and e.text.startswith("The attack")]
    assert later and (later[0].recipient, later[0].recipient_country) == ("M/V Cedar Point", "LBR")


def test_a_surname_the_ner_missed_is_the_person_named_before() -> None:
    found, entities = extract(
        "Minister Dahl briefed the press on Tuesday.\n\n"
        "Dahl met Iraqi Foreign Minister Samir Haddad on Friday."
    )
    assert entities["Dahl"]["type"] == "PERSON"
    meeting = [e for e in found.events if e.type == "CONSULT" and e.text.startswith("Dahl met")]
    assert meeting and meeting[0].actor == "Dahl" and meeting[0].recipient_country == "IRQ"


def test_a_weapons_maker_is_no_party_to_its_use() -> None:
    found, _ = extract("Russian strikes using Iranian-made drones hit Kyiv on Monday.")
    strikes = [e for e in found.events if e.type == "ASSAULT"]
    assert strikes and all("IRN" not in (e.actor_country, e.recipient_country) for e in strikes)


def test_a_surname_in_a_headline_joins_the_full_name_given_below() -> None:
    text = (
        "Halvorsen Meets Iraqi Counterpart\n\nDefense Minister Erik Halvorsen of Norway met "
        "Iraqi Foreign Minister Samir Haddad in Baghdad on Monday. Halvorsen praised Haddad."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    record = extraction_record(document, layout, extract_document(document, layout))
    people = {str(e["name"]): e for e in record["entities"] if e["type"] == "PERSON"}
    assert set(people) == {"Erik Halvorsen", "Samir Haddad"}  # no "Halvorsen" of its own
    assert "Halvorsen" in people["Erik Halvorsen"]["mentions"]  # type: ignore[operator]


def test_an_acronym_after_a_known_organisation_names_it_from_then_on() -> None:
    found, entities = extract(
        "Harakat al-Nujaba (HAN) fired rockets at a U.S. base on Monday. HAN is backed by Iran."
    )
    assert "HAN" not in entities
    nujaba = next(e for e in found.entities if e.key.startswith("organization:"))
    assert "HAN" in nujaba.mentions and nujaba.country == "IRQ"


def test_a_two_word_demonym_before_a_title_is_read_whole() -> None:
    # "Korean" alone could be either Korea; "South Korean" is one
    _, entities = extract("South Korean President Lee Jae-myung said North Korea had fired a missile.")
    assert entities["Lee Jae-myung"]["country"] == "KOR"


def test_an_office_in_apposition_gives_a_person_the_state_of_the_office() -> None:
    _, entities = extract(
        "Vice Adm. Brad Cooper, commander of U.S. Naval Forces Central Command, said the seizure mattered."
    )
    assert entities["Brad Cooper"]["country"] == "USA"
    _, entities = extract("Nasser Kanaani, Iran's foreign ministry spokesman, denied the report on Monday.")
    assert entities["Nasser Kanaani"]["country"] == "IRN"
    _, entities = extract("Robert Wood, who met officials in Tehran, spoke to reporters on Monday.")
    assert entities["Robert Wood"]["title"] is None  # a relative clause gives no office


def test_a_possessive_s_comes_off_a_name_ending_in_s_and_leaves_the_name_whole() -> None:
    # "Hamas's" is Hamas's office, not one of "Hama" (a Syrian city)
    _, entities = extract("Osama Hamdan, Hamas's spokesman, met Iranian officials in Beirut on Monday.")
    assert entities["Osama Hamdan"]["country"] == "PSE"


def test_an_apposition_gives_a_person_their_state() -> None:
    _, entities = extract("Police arrested Leila Farahani, a 30-year-old Iranian journalist, in Tehran.")
    assert entities["Leila Farahani"]["country"] == "IRN"
    _, entities = extract("The death of a young Iranian woman, Leila Farahani, sparked protests in March.")
    assert entities["Leila Farahani"]["country"] == "IRN"


def test_a_flag_named_by_state_or_after_the_name_gives_a_ship_its_state() -> None:
    found, entities = extract(
        "A missile struck the Palau-flagged M/V Sea Lark on Monday. Another was fired toward "
        "M/V Blue Heron, a Barbados-flagged bulk carrier. Later the Marshall Islands-flagged "
        "tanker M/V North Wind was hit."
    )
    assert entities["M/V Sea Lark"]["country"] == "PLW"
    assert entities["M/V Blue Heron"]["country"] == "BRB"
    assert entities["M/V North Wind"]["country"] == "MHL"
    parties = {e.actor for e in found.events} | {e.recipient for e in found.events}
    assert not {"Palau", "Barbados", "Marshall Islands"} & parties  # a flag is no party


def test_a_flag_stated_below_the_first_mention_gives_the_ship_its_state() -> None:
    # a headline names the ship; the statement's body says whose flag it flies
    found, entities = extract(
        "Houthi missiles struck the M/V Grey Gull on Friday. The M/V Grey Gull is a Panama-flagged"
        " container ship."
    )
    assert entities["M/V Grey Gull"]["country"] == "PAN"
    assert {e.recipient_country for e in found.events if e.recipient == "M/V Grey Gull"} == {"PAN"}


def test_a_ship_prefix_written_out_names_a_ship() -> None:
    # "Motor Vessel" is "M/V" spelled out, as maritime statements often write it
    _, entities = extract(
        "A destroyer answered a mayday call from the Liberian-flagged tanker Motor Vessel Cedar Point. "
        "Houthi forces later struck the Motor Tanker Blue Lagoon off Hodeidah."
    )
    assert entities["Motor Vessel Cedar Point"]["country"] == "LBR"
    assert entities["Motor Tanker Blue Lagoon"]["type"] == "FAC"


def test_an_office_before_a_shared_surname_names_its_holder() -> None:
    # "Austin" is a city too: the knowledge base lists it as shared, and the office decides
    _, entities = extract("Secretary Austin ordered a carrier to the region. Austin, Texas, was quiet.")
    assert entities["Lloyd Austin"]["country"] == "USA"
    assert "Secretary Austin" not in entities


def test_a_member_of_congress_is_known_by_party_and_state() -> None:
    _, entities = extract(
        "Senators Dana Whitcomb (R-Wyo.) and Paul Hendry (D-N.H.) wrote to the White House. "
        "Rep. Carla Mendes (NJ-5) signed as well. Omar Haddad (Xinhua) reported it."
    )
    assert entities["Dana Whitcomb"]["country"] == "USA"
    assert entities["Paul Hendry"]["country"] == "USA"
    assert entities["Carla Mendes"]["country"] == "USA"
    # an outlet in brackets says nothing of them: the story's state, not the outlet's China
    assert entities["Omar Haddad"]["country"] == "USA"


def test_a_known_person_written_out_in_full_keeps_the_whole_name_as_a_mention() -> None:
    _, entities = extract("Secretary of State Antony J. Blinken spoke with Saudi officials.")
    assert "Antony J. Blinken" in entities["Antony Blinken"]["mentions"]  # type: ignore[operator]


def test_a_bodys_generic_word_points_back_to_the_body() -> None:
    _, entities = extract(
        "Iran did not answer the International Atomic Energy Agency. The Agency’s report was "
        "clear. Defense Secretary Erik Lind praised the Agency."
    )
    agency = entities["International Atomic Energy Agency"]
    assert "Agency" in agency["mentions"]  # type: ignore[operator]
    assert "Agency" not in entities and "Defense" not in entities


def test_a_dateline_is_the_city_not_the_government() -> None:
    found, entities = extract(
        "WASHINGTON — Today the Treasury sanctioned four Iranian officials.\n\n"
        "Washington, D.C. – Senators urged further sanctions on Iran."
    )
    places = {p.name: p for p in found.places}
    assert "Washington" in places and places["Washington"].kind == "city"
    assert "Washington, D.C." in places["Washington"].mentions
    assert "D.C." not in entities and "DC" not in entities
    assert "United States" not in entities  # no mention of the government
    city = next(e for e in entities.values() if "WASHINGTON" in e["mentions"])  # type: ignore[operator]
    assert city["type"] == "GPE" and "Washington, D.C." in city["mentions"]  # type: ignore[operator]


def test_a_wire_dateline_is_the_city() -> None:
    found, entities = extract("MOSCOW (Reuters) - The foreign ministry summoned the French ambassador.")
    assert "Moscow" in {p.name for p in found.places}
    assert "Russia" not in entities  # the city the story was filed from, not the government


def test_every_city_of_a_joint_dateline_is_a_place() -> None:
    found, _ = extract("WASHINGTON/SANAA, Jan 12 (AP) - U.S. forces struck Houthi radar sites overnight.")
    places = {p.name: p for p in found.places}
    assert places["Sanaa"].country == "YEM" and places["Sanaa"].kind == "city"
    assert "Washington" in places


def test_a_city_naming_a_part_of_itself_is_the_city() -> None:
    found, _ = extract("An Israeli strike on a Beirut suburb killed a Hezbollah commander on Tuesday.")
    places = {p.name: p for p in found.places}
    assert places["Beirut"].kind == "city" and places["Beirut"].country == "LBN"


def test_a_state_abbreviation_of_a_dateline_is_the_state() -> None:
    found, _ = extract("TAMPA, Fla. – U.S. forces struck two sites in Iraq.")
    places = {p.name: p for p in found.places}
    assert places["Florida"].kind == "region" and places["Florida"].country == "USA"
    assert places["Tampa"].country == "USA"


def test_a_sea_named_after_a_place_is_no_place() -> None:
    found, entities = extract("Ships in the Gulf of Aden and the Gulf of Oman were attacked.")
    assert {p.name for p in found.places}.isdisjoint({"Aden", "Oman"})
    assert entities["Gulf of Aden"]["type"] == "LOC" and entities["Gulf of Oman"]["type"] == "LOC"


def test_a_bodys_state_and_a_longer_name_around_a_known_body() -> None:
    _, entities = extract(
        "The U.S. Department of State said U.S. 5th Fleet ships and U.S. Naval Forces Central "
        "Command responded. The Treasury Department’s Office of Foreign Assets Control acted."
    )
    assert "U.S. Department of State" in entities["US Department of State"]["mentions"]  # type: ignore[operator]
    assert "U.S. 5th Fleet" in entities["US Fifth Fleet"]["mentions"]  # type: ignore[operator]
    assert entities["U.S. Naval Forces Central Command"]["country"] == "USA"
    assert "US Central Command" not in entities  # another body than CENTCOM
    assert "Office of Foreign Assets Control" in entities


def test_a_name_with_a_number_is_no_person() -> None:
    _, entities = extract("Statement under Agenda Item 7 of the IAEA Board of Governors Meeting.")
    assert not [n for n, e in entities.items() if e["type"] == "PERSON" and "Agenda" in n]


def test_a_name_the_ner_took_for_a_body_or_a_person_where_a_place_stands_is_the_citys() -> None:
    # "at Eilat" (the NER's ORG), "in Sanaa" and "in Kiryat Shmona" (its PERSON) are cities; the
    # gazetteer decides, so a body with no place of that name stays one, and "to" a person is no place
    found, entities = extract(
        "Houthi rebels fired missiles at Eilat on Monday. Protesters gathered in Sanaa on Friday. "
        "Rockets fell in Kiryat Shmona. Engineers at Zenith Dynamics built the launchers. "
        "The minister spoke to Kennedy on Monday."
    )
    for name, country in (("Eilat", "ISR"), ("Sanaa", "YEM"), ("Kiryat Shmona", "ISR")):
        assert (entities[name]["type"], entities[name]["country"]) == ("GPE", country)
    assert {m for p in found.places for m in p.mentions} >= {"Eilat", "Sanaa", "Kiryat Shmona"}
    assert entities["Zenith Dynamics"]["type"] == "ORG"
    assert "Kennedy" not in {m for p in found.places for m in p.mentions}


def test_a_short_name_several_bodies_share_is_the_one_named_in_full_before() -> None:
    # the knowledge base gives "Treasury" to the US and the UK Treasury alike
    _, entities = extract(
        "The U.S. Treasury Department imposed sanctions on Tuesday. Treasury said more would follow."
    )
    assert "Treasury" in entities["US Department of the Treasury"]["mentions"]  # type: ignore[operator]
    assert "Treasury" not in entities  # no body of its own, of no state


def test_a_leader_whose_name_holds_a_weapons_name_is_the_leader() -> None:
    _, entities = extract("U.S. envoy Tom Perriello met army chief Abdel Fattah al-Burhan on Tuesday.")
    assert entities["Abdel Fattah al-Burhan"]["type"] == "PERSON"
    assert entities["Abdel Fattah al-Burhan"]["country"] == "SDN"
    assert not [e for e in entities.values() if e["type"] == "WEAPON"]  # no "Fattah" missile


def test_a_body_named_as_part_of_another_is_of_the_others_state() -> None:
    _, entities = extract(
        "The Eastern Theater Command of the People's Liberation Army said the drills tested a blockade."
    )
    assert entities["Eastern Theater Command"]["country"] == "CHN"


def test_a_town_where_force_falls_is_a_place_whatever_the_ner_called_it() -> None:
    found, entities = extract(
        "Russian missiles hit Kharkiv overnight, and shelling struck Kherson and Sumy. "
        "Power was cut in Mariupol, Kramatorsk and Poltava, officials said. "
        "Ukraine attacked an airfield near Kursk and struck a depot in Russia's Belgorod region. "
        "Protesters were killed in Sistan and Baluchistan province."
    )
    towns = {"Kharkiv": "UKR", "Kherson": "UKR", "Sumy": "UKR", "Mariupol": "UKR", "Kramatorsk": "UKR",
             "Poltava": "UKR", "Kursk": "RUS", "Belgorod": "RUS"}  # fmt: skip
    for town, state in towns.items():
        assert entities[town]["type"] == "GPE" and entities[town]["country"] == state, town
    places = {p.name for p in found.places}
    assert {"Kharkiv", "Kherson", "Sumy", "Kramatorsk", "Belgorod"} <= places
    assert not [p for p in found.places if p.country == "PAK"]  # one name, not Pakistan's Balochistan
    # a name the gazetteer does not know stays what it was, and a person met is no town
    met, people = extract("Lloyd Austin met Yoav Gallant. Austin praised Gallant, and hit back at critics.")
    assert people["Lloyd Austin"]["type"] == "PERSON" and not met.places


def test_leaders_beyond_the_region_are_known_with_their_state_and_office() -> None:
    _, entities = extract(
        "Prime Minister Donald Tusk told parliament that drones had entered Polish airspace. Tusk"
        " spoke after Italy's Giorgia Meloni and Egypt's Foreign Minister Badr Abdelatty called"
        " for calm."
    )
    assert entities["Donald Tusk"]["country"] == "POL"
    assert entities["Donald Tusk"]["title"] == "Prime Minister"
    assert "Tusk" in entities["Donald Tusk"]["mentions"]  # type: ignore[operator]
    assert entities["Giorgia Meloni"]["country"] == "ITA"
    assert entities["Badr Abdelatty"]["country"] == "EGY"
