"""News constructions, session 35: a body no one knows that speaks for itself, people named as
what a thing is for, a verb's own object against another verb's, a noun's "by" phrase, a short
name several bodies share, a demonym two states share, what a participle set off after a judging
verb says, and a deal kept or broken. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document, load_nlp


def _extract(text: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None, str | None, str]]]:
    document = Document(text, "t.txt", "t.txt", "text", published="2025-02-16")
    extraction = extract_document(document, analyse_layout(text))
    entities = [(e.name, e.country) for e in extraction.entities]
    events = [(e.type, e.actor_country, e.recipient_country, e.actor or "") for e in extraction.events]
    return entities, events


def test_a_body_no_one_knows_that_says_something_is_a_party() -> None:
    evidence = evidence_of(
        "The Free Valley Liberation Front said it had seized the rail depot outside Quetta."
    )[0]
    assert "Free Valley Liberation Front" in [p.name for p in evidence.parties]
    told = evidence_of("Two officials told the Valley Courier that the depot had been seized.")[0]
    assert "Valley Courier" not in [p.name for p in told.parties]  # told to: the press


def test_people_named_as_what_a_thing_is_for_are_no_party() -> None:
    names = [p.name for p in evidence_of("Gunmen stormed a passenger train in western Pakistan.")[0].parties]
    assert not any("passenger" in name for name in names)
    crew = [p.name for p in evidence_of("Gunmen wounded two crew members of the ship.")[0].parties]
    assert any("crew" in name for name in crew)  # ("crew members" are people)


def test_another_verbs_object_is_not_done_what_a_verb_does_to_its_own() -> None:
    evidence = evidence_of(
        "Pakistani security forces rescued 200 passengers and killed 30 militants on Wednesday."
    )[0]
    assert evidence.templates["ASSAULT"].trigger == "killed"
    names = [p.name for p in evidence.parties]
    recipients = {names[r] for _, r in pairs_allowed(evidence, "ASSAULT") if r < len(names)}
    assert "30 militants" in recipients and "200 passengers" not in recipients


def test_who_a_nouns_by_phrase_names_does_not_do_a_verb_with_a_subject_of_its_own() -> None:
    events = events_in(
        "Israeli warplanes struck the port of Hodeidah on Friday in response to repeated missile"
        " attacks by the Houthis."
    )
    strikes = [e for e in events if e.type == "ASSAULT" and e.trigger == "struck"]
    assert strikes and all(e.actor_country == "ISR" for e in strikes)


def test_a_short_name_of_a_state_body_and_an_international_one_is_the_international_one() -> None:
    entities, _ = _extract(
        "Kinshasa asks for sanctions\n\nKenya urged the Security Council on Monday to meet on the fighting."
    )
    assert ("UN Security Council", None) in entities
    russian, _ = _extract(
        "Kremlin meeting\n\nPutin chaired a meeting of the Security Council in Moscow, Russia on Monday."
    )
    assert not any(name == "UN Security Council" for name, _ in russian)


def test_a_demonym_two_states_share_is_of_the_one_the_story_places_point_to() -> None:
    _, events = _extract(
        "Rebels enter Bukavu\n\nRebels entered the eastern city of Bukavu this month, officials in Kinshasa"
        " said. The Congolese government urged Kenya to hold talks on Tuesday."
    )
    requests = [e for e in events if e[0] == "REQUEST"]
    assert requests and requests[0][1] == "COD"
    _, unplaced = _extract("Talks\n\nThe Congolese government urged Kenya to hold talks on Tuesday.")
    assert all(e[1] is None for e in unplaced if e[0] == "REQUEST")  # nothing tells which Congo


def test_what_a_participle_set_off_after_a_judging_verb_says_is_judged() -> None:
    events = events_in(
        "Jordan and Egypt condemned the raid on Tuesday, saying Israel was exploiting the chaos in Syria."
    )
    accusations = {(e.actor_country, e.recipient_country) for e in events if e.type == "ACCUSE"}
    assert ("JOR", "ISR") in accusations and ("EGY", "ISR") in accusations


def test_a_deal_kept_or_broken_is_no_deal_made() -> None:
    for sentence in (
        "The minister said the raid violated the 1974 agreement.",
        "Both sides accused each other of breaching the truce.",
    ):
        templates = evidence_of(sentence)[0].templates
        assert "AGREE" not in templates or templates["AGREE"].trigger not in {"agreement", "truce"}, sentence
        assert "RETREAT" not in templates or templates["RETREAT"].trigger != "truce", sentence
    assert evidence_of("The two sides signed an agreement on Tuesday.")[0].templates["AGREE"].trigger


def test_whom_a_second_verb_is_done_to_does_not_do_it() -> None:
    events = events_in(
        "Armenia's foreign ministry summoned the Iranian ambassador and demanded an explanation on Monday."
    )
    assert events and all(e.actor_country == "ARM" for e in events)


def test_who_a_clause_beside_a_deed_nouns_verb_names_did_not_do_it() -> None:
    evidence = evidence_of(
        "The strike on the port came as the UN envoy Hans Grundberg was about to arrive there."
    )[0]
    assert evidence.templates["ASSAULT"].trigger == "strike"
    envoy = [i for i, p in enumerate(evidence.parties) if p.name == "Hans Grundberg"]
    assert envoy and not any(a in envoy or r in envoy for a, r in pairs_allowed(evidence, "ASSAULT"))


def test_officers_are_a_party_and_police_officers_the_police() -> None:
    names = [
        p.name
        for p in evidence_of("A group of senior Malian officers announced on state television.")[0].parties
    ]
    assert "senior Malian officers" in names
    police = evidence_of("Gangs kidnapped seven police officers in Quito on Tuesday.")[0]
    assert [p.name for p in police.parties if "police" in p.name] == ["seven police"]


def test_a_statement_whose_title_names_no_body_speaks_for_the_body_it_opens_with() -> None:
    text = (
        "Statement by the Spokesperson on the arrests in Tunisia\n\nThe European Union is concerned by"
        " the arrests of opposition figures in Tunisia.\n\nWe call on the Tunisian authorities to release"
        " those detained."
    )
    title = text.split("\n")[0]
    events = extract_document(Document(text, "s.txt", "s.txt", "text", title), analyse_layout(text)).events
    assert ("European Union", "TUN") in {
        (e.actor, e.recipient_country) for e in events if e.type == "REQUEST"
    }
    plain = text.replace("Statement by the Spokesperson on the arrests", "Arrests")
    document = Document(plain, "s.txt", "s.txt", "text", plain.split("\n")[0])
    events = extract_document(document, analyse_layout(plain)).events
    assert not any(e.actor == "European Union" for e in events if e.type == "REQUEST")  # a story's "we"


def test_whom_ambassadors_are_recalled_from_is_the_penaltys_recipient() -> None:
    events = events_in("Mali and Niger recalled their ambassadors from Algeria on Sunday.")
    recalls = {(e.actor_country, e.recipient_country) for e in events if e.type == "SANCTION"}
    assert recalls == {("MLI", "DZA"), ("NER", "DZA")}


def test_a_clause_read_as_a_phrase_of_time_has_its_own_subject() -> None:
    nlp = load_nlp()
    doc = nlp("The army withdrew from the town after an attack by the rebels killed ten soldiers.")
    killed = next(t for t in doc if t.text == "killed")
    assert [c.text for c in killed.children if c.dep_ == "nsubj"] == ["attack"]
    assert next(t for t in doc if t.text == "after").dep_ == "mark"
    plain = nlp("The army withdrew from the town after an attack by the rebels on Tuesday.")
    assert next(t for t in plain if t.text == "after").dep_ == "prep"


def test_the_subject_a_deeds_clause_hangs_from_did_not_do_it_when_it_has_a_subject_of_its_own() -> None:
    events = events_in(
        "Colombian President Gustavo Petro suspended talks with the rebels on Friday after an offensive"
        " in the Catatumbo region killed at least 80 people."
    )
    assert not any(e.actor == "Gustavo Petro" for e in events if e.type == "ASSAULT")


def test_a_stance_of_concern_judges_the_deed_it_is_about() -> None:
    evidence = evidence_of(
        "The European Union is deeply concerned by the arrest of several opposition figures in Tunisia."
    )[0]
    assert evidence.templates["COERCE"].trigger == "arrest"
    union = [i for i, p in enumerate(evidence.parties) if p.name == "European Union"]
    assert union and not any(a in union for a, _ in pairs_allowed(evidence, "COERCE"))


def test_a_penalty_falls_on_the_state_its_embassy_is_in() -> None:
    evidence = evidence_of("Sudan closed its embassy in Abu Dhabi on Tuesday.")[0]
    names = [p.name for p in evidence.parties]
    recipients = {names[r] for _, r in pairs_allowed(evidence, "SANCTION") if r < len(names)}
    assert "United Arab Emirates" in recipients


def test_two_sides_trading_fire_fight_each_other_surely() -> None:
    text = (
        "Indian and Pakistani troops exchanged small-arms fire along the Line of Control for a third night,"
        " the Indian army said, as tensions rose after the killing of 26 tourists in Pahalgam."
    )
    assert "settled:ASSAULT" in evidence_of(text)[0].features
    fights = {(e.actor_country, e.recipient_country) for e in events_in(text) if e.type == "ASSAULT"}
    assert ("IND", "PAK") in fights and ("PAK", "IND") in fights
    assert (
        "settled:ASSAULT"
        not in evidence_of("Indian and Pakistani troops may have exchanged fire.")[0].features
    )


def test_who_a_passive_says_was_killed_did_not_kill() -> None:
    events = events_in(
        "Hezbollah confirmed on Saturday that its leader Hassan Nasrallah had been killed in an Israeli air"
        " strike on the group's headquarters in Beirut."
    )
    assert not any(
        e.actor in {"Hassan Nasrallah", "Lebanese Hezbollah"} for e in events if e.type == "ASSAULT"
    )


def test_a_munition_that_killed_people_was_launched_by_where_it_came_from() -> None:
    text = (
        "A drone launched from Yemen struck an apartment building in central Tel Aviv early on Friday,"
        " killing one man and wounding eight people, Israeli police said."
    )
    assert "settled:ASSAULT" in evidence_of(text)[0].features
    attacks = {(e.actor_country, e.recipient_country) for e in events_in(text) if e.type == "ASSAULT"}
    assert ("YEM", "ISR") in attacks
    assert "settled:ASSAULT" not in evidence_of("A drone struck an empty field near the border.")[0].features


def test_stones_thrown_at_the_police_are_an_attack_on_them() -> None:
    text = "Protesters threw stones and fireworks at police outside parliament in Tbilisi, the ministry said."
    assert "settled:ASSAULT" in evidence_of(text)[0].features
    attacks = [(e.actor, e.recipient) for e in events_in(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0][1] == "police"
    assert "ASSAULT" not in evidence_of("The pitcher threw the ball at the batter.")[0].templates


def test_a_condemned_deed_named_by_its_noun_accuses_its_doer_not_the_last_sentences_party() -> None:
    evidence = evidence_of(
        "North Korea fired a ballistic missile into the sea on Monday.\n\nThe launch came as Antony Blinken"
        " visited Seoul. Blinken condemned the test and said Russia might be sharing technology with"
        " Pyongyang."
    )[-1]
    assert evidence.templates["ACCUSE"].trigger == "condemned"
    carried = [i for i, p in enumerate(evidence.parties) if "prev" in p.features]
    assert carried and not any(r in carried for _, r in pairs_allowed(evidence, "ACCUSE"))


def test_a_deed_said_to_be_imminent_is_not_done() -> None:
    templates = evidence_of("The defence minister said a military incursion by India was imminent.")[
        0
    ].templates
    assert all(not t.is_event for t in templates.values() if t.trigger == "incursion")
    assert evidence_of("The military incursion by India began on Monday.")[0].templates["MOBILIZE"].is_event


def test_the_west_the_tagger_took_for_a_name_is_a_party() -> None:
    evidence = evidence_of(
        "Iran has deepened its ties with Moscow. The West has sanctioned both their oil industries."
    )
    names = [p.name for p in evidence[-1].parties]
    assert "The West" in names
    ministry = evidence_of("Iraq's Foreign Ministry summoned the Turkish envoy.")[0]
    assert not any(p.name.endswith("Foreign Ministry") and p.label == "GROUP" for p in ministry.parties)


def test_a_protest_lodged_with_a_party_is_surely_an_accusation() -> None:
    assert (
        "settled:ACCUSE" in evidence_of("Tokyo lodged a strong protest with Beijing on Monday.")[0].features
    )
    assert "settled:ACCUSE" in evidence_of("Pakistan filed a complaint against India at the UN.")[0].features
    assert (
        "settled:ACCUSE" not in evidence_of("Tokyo lodged a protest through diplomatic channels.")[0].features
    )
    assert "settled:ACCUSE" not in evidence_of("Tokyo may lodge a protest with Beijing.")[0].features
