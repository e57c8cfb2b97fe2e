"""The parties of a protest the sentence names only one side of, as the annotators code them
(GUIDE): people protest against their own state unless the sentence names whom they oppose."""

from __future__ import annotations

from watchfloor.kb import load_kb
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.event_parties import a_states_force, is_state, organ_of_state


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
    if protesters is None or protesters.country is None or protesters.label == "GPE":
        return None
    if is_state(protesters) or organ_of_state(protesters) or a_states_force(protesters):
        return None
    if "via:forces" in protesters.features:
        return None
    state = load_kb().state(protesters.country)
    name = state.name if state is not None else protesters.country
    return Party(name, protesters.country, f"state:{protesters.country}", "GPE", None, ["protested"])


def people_of(protester: Party | None) -> Party | None:
    """Who protests where the reading gives a state: its people, as the annotators code them (a
    state holds no protest: "anti-Japan protests spread across China" are China's protesters')."""
    if protester is None or protester.country is None or not is_state(protester):
        return protester
    return Party("protesters", protester.country, None, "GROUP", protester.head, ["group:protester"])
