"""Parties behind a deed's target or its doer, and where a deal was made: who holds a site that is
struck is its target, never its striker; a patron is neither; a place a statement or a deal was
made "at" receives nothing. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.nlp.event_evidence import SentenceEvidence


def index_of(evidence: SentenceEvidence, name: str) -> int:
    return next(i for i, p in enumerate(evidence.parties) if name in p.name)


def test_who_holds_the_struck_site_is_marked_and_never_the_striker() -> None:
    evidence = evidence_of(
        "Israeli jets struck facilities in southern Lebanon used by Hezbollah on Tuesday."
    )[0]
    holder = index_of(evidence, "Hezbollah")
    assert "holds_target" in evidence.role_features[("ASSAULT", holder)]
    assert not [pair for pair in pairs_allowed(evidence, "ASSAULT") if pair[0] == holder]
    owned = evidence_of("The drones hit Iran's nuclear sites near Natanz.")[0]
    assert "holds_target" in owned.role_features[("ASSAULT", index_of(owned, "Iran"))]


def test_a_patron_named_beside_the_one_it_backs_is_no_party_to_its_deed() -> None:
    evidence = evidence_of("Rebels backed by Rwanda attacked army positions near Goma on Monday.")[0]
    patron = index_of(evidence, "Rwanda")
    assert "backs_another" in evidence.role_features[("ASSAULT", patron)]
    assert not [pair for pair in pairs_allowed(evidence, "ASSAULT") if patron in pair]


def test_where_a_deal_was_signed_is_not_its_other_side() -> None:
    evidence = evidence_of(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a"
        " joint declaration at the White House on Friday."
    )[0]
    venue = index_of(evidence, "White House")
    pairs = pairs_allowed(evidence, "AGREE")
    assert pairs and not [pair for pair in pairs if pair[1] == venue]


def test_a_series_of_strikes_is_read_from_the_strikes_not_the_verb_that_launched_them() -> None:
    evidence = evidence_of(
        "U.S. and British forces launched a series of strikes on Houthi targets in Yemen."
    )[0]
    assert evidence.templates["ASSAULT"].trigger == "strikes"


def test_him_later_in_the_sentence_names_the_person_again() -> None:
    evidence = evidence_of(
        "The United States sanctioned Rwandan minister James Kabarebe on Thursday, accusing him of"
        " supporting the rebels."
    )[0]
    accused = index_of(evidence, "Kabarebe")
    assert "path:dobj^" in evidence.role_features[("ACCUSE", accused)]  # read from "him"


def test_a_body_saying_it_did_something_speaks_of_itself_not_of_the_party_before() -> None:
    second = evidence_of(
        "China sent warships toward Taiwan on Monday.\n\nTaiwan's defence ministry said it tracked 30"
        " aircraft and condemned the drills."
    )[1]
    assert "Taiwan" in [p.name for p in second.parties]
    assert "China" not in [p.name for p in second.parties]  # "it" is the ministry's own


def test_a_states_it_later_in_the_sentence_names_the_state_and_fighter_jets_are_no_fighters() -> None:
    evidence = evidence_of(
        "China sent warships and fighter jets toward Taiwan in drills it said were a warning to separatists."
    )[0]
    china = index_of(evidence, "China")
    # the warning is read from "it", the subject of "said" ("it said [they] were a warning")
    assert "path:nsubj^vccompvattr" in evidence.role_features[("THREATEN", china)]
    assert not [p for p in evidence.parties if p.name.lower().startswith("fighter")]


def test_a_deed_named_inside_an_aim_is_read_as_the_aim() -> None:
    sought = evidence_of("Tehran sent a delegation to Damascus to seek cooperation on railways.")[0]
    assert "purpose:COOPERATE" in sought.features  # what the visit was for, not a cooperation
    signed = evidence_of("Iran and Syria signed a railway cooperation deal.")[0]
    assert "purpose:COOPERATE" not in signed.features


def test_an_earlier_deed_named_in_the_sentence_is_not_the_first_actors() -> None:
    found = events_in(
        "India launched missile strikes on nine sites in Pakistan early on Wednesday, two weeks after"
        " gunmen killed 26 people, most of them tourists, near the town of Pahalgam."
    )
    killings = [e for e in found if e.type == "ASSAULT" and e.trigger == "killed"]
    assert [e.actor for e in killings] == ["gunmen"]  # the gunmen killed them, not India


def test_a_speech_given_is_no_aid_but_weapons_given_are() -> None:
    spoke = evidence_of("President Lai gave a national day speech in Taipei on Thursday.")[0]
    assert "AID" not in spoke.templates
    armed = evidence_of("Iran gave the Houthis drones and missiles last year.")[0]
    assert "AID" in armed.templates


def test_fighters_linked_to_a_group_are_no_charge_but_linking_a_state_to_an_attack_is() -> None:
    tied = evidence_of("Fighters linked to al Qaeda attacked an army base in Djibo on Sunday.")[0]
    assert "ACCUSE" not in tied.templates and "ASSAULT" in tied.templates
    charged = evidence_of("Officials linked Iran to the attack on the tanker.")[0]
    assert "ACCUSE" in charged.templates


def test_a_place_in_a_clause_on_another_deed_is_not_where_this_one_happened() -> None:
    struck = evidence_of(
        "India launched missile strikes on Wednesday, two weeks after gunmen killed 26 people near"
        " the town of Pahalgam."
    )[0]
    assert struck.templates["ASSAULT"].place != "Pahalgam"
    near = evidence_of("Israeli jets struck a weapons depot near Damascus on Wednesday.")[0]
    assert near.templates["ASSAULT"].place == "Damascus"


def test_two_clauses_joined_by_a_semicolon_are_each_reported() -> None:
    evidence = evidence_of("India strikes Pakistan after Kashmir attack; Islamabad vows response")[0]
    assert evidence.templates["ASSAULT"].is_event  # not what Islamabad vows
    assert evidence.templates["THREATEN"].is_event


def test_what_a_judgement_names_its_object_as_is_no_second_judgement() -> None:
    evidence = evidence_of(
        "Taiwan's defence ministry said it tracked 153 Chinese aircraft and condemned the drills as"
        " irrational provocation."
    )[0]
    assert evidence.templates["ACCUSE"].trigger == "condemned"
    assert "ACCUSE" not in evidence.seconds  # "provocation" is what it condemned them as
