"""The parties of a protest or a demand the sentence names only one side of, as the annotators
code them (GUIDE): people protest against, and demand of, their own state unless the sentence
names someone else."""

from __future__ import annotations

from watchfloor.kb import load_kb
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.event_parties import a_states_force, answers_to_its_state, is_state, organ_of_state


def protesters_of(parties: list[Party], recipient: int) -> Party | None:
    """Who protests where no one named does (GUIDE, as the annotators code it: "Iran protests",
    protesters of Iran against Iran): the protesters of the state protested in, the recipient
    unless it is one they are against ("anti-China riots hit Vietnam's industrial parks")."""
    if recipient >= len(parties):
        return None
    state: Party | None = parties[recipient]
    if state is not None and "opposed" in state.features:  # (where they protest, then)
        state = next(
            (p for p in parties if p.label == "GPE" and p.country and "opposed" not in p.features), None
        )
    if state is None or state.label != "GPE" or not state.country:
        return None
    return Party("protesters", state.country, None, "GROUP", None, ["group:protester"])


def state_protested(protesters: Party | None) -> Party | None:
    """Whom people protest against where the sentence names no one: their own state ("Kenyan
    protesters stormed parliament", "students have occupied faculties" in Serbia). Not a state,
    its organs or its forces, whose protests are official ones or none; not a party of no state."""
    if protesters is None or protesters.country is None:
        return None
    if is_state(protesters) or organ_of_state(protesters) or a_states_force(protesters):
        return None  # (a state's forces named by its demonym are organs of it: "forces:USA")
    return _own_state(protesters.country)


def state_addressed(speaker: Party | None) -> Party | None:
    """Whom a state's people or legislators demand of, accuse or refuse where the sentence names
    no one: their own state ("protesters are demanding broader changes": of Chile's government)."""
    if speaker is None or speaker.country is None or not answers_to_its_state(speaker):
        return None
    return _own_state(speaker.country)


def _own_state(iso3: str) -> Party:
    state = load_kb().state(iso3)
    name = state.name if state is not None else iso3
    return Party(name, iso3, f"state:{iso3}", "GPE", None, ["protested"])


def people_of(protester: Party | None) -> Party | None:
    """Who protests where the reading gives a state: its people, as the annotators code them (a
    state holds no protest: "anti-Japan protests spread across China" are China's protesters')."""
    if protester is None or protester.country is None or not is_state(protester):
        return protester
    return Party("protesters", protester.country, None, "GROUP", protester.head, ["group:protester"])
