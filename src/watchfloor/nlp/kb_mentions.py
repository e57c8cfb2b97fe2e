"""spaCy component: mark every knowledge-base name in a Doc (states, demonyms, metonyms, bodies,
people, weapons, sites) as a span in `doc.spans["kb"]`.

A PhraseMatcher on lower-cased tokens proposes spans; the knowledge base then confirms each one
with its own rules (short acronyms only in capitals, possessives, plurals of weapons). Overlaps keep
the longest span. Each span carries `label_` (entity type, NORP for a demonym), `kb_id_`
("category:id") and `id_` (how the text names it: name, alias, demonym, metonym).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from watchfloor.kb import load_kb
from watchfloor.kb.records import KbEntity

SPAN_KEY = "kb"


def kb_key(entity: KbEntity) -> str:
    return f"{entity.category}:{entity.id}"


class KbMentions:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.kb = load_kb()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms: set[str] = set()
        for entity in (*self.kb.states, *self.kb.organizations, *self.kb.people, *self.kb.weapon_families,
                       *self.kb.weapons, *self.kb.sites):  # fmt: skip
            for surface, _via in entity.surface_forms():
                forms.add(surface)
                if surface.lower().startswith("the "):
                    forms.add(surface[4:])
        self.matcher.add("KB", [nlp.make_doc(form) for form in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            matches = self.kb.matches(span.text)
            if not matches:
                continue
            best = matches[0]
            label = "NORP" if best.via == "demonym" else best.entity.type
            found.append(Span(doc, start, end, label=label, kb_id=kb_key(best.entity), span_id=best.via))
        doc.spans[SPAN_KEY] = filter_spans(found)
        return doc


@Language.factory("watchfloor_kb_mentions", assigns=["doc.spans"], requires=["token.text"])
def make_kb_mentions(nlp: Language, name: str) -> KbMentions:
    return KbMentions(nlp, name)
