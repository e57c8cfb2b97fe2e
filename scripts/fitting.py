"""The ways `train_events.py` fits a linear scorer over string features: a logistic regression
for yes/no decisions, pooled over the event types (does a sentence report this type?), and a
conditional logit for choosing one candidate of a group (which party is the actor?), trained as
the model uses it: a softmax over the group's candidates."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from watchfloor.nlp.event_scorers import Linear

KEEP = 0.02  # weights smaller than this are left out of the shipped file


# untyped features whose weight one type may learn from the others (a purpose reads alike in all)
SHARED_MARKS = frozenset(
    (
        "stance",
        "notrigger",
        "purpose",
        "modal",
        "habitual",
        "neg",
        "headline",
        "notevent",
        "question",
        "addressee",
    )
)


def type_row(features: list[str], kind: str, kinds: frozenset[str]) -> Counter[str]:
    """One sentence's row for the question "does it report `kind`?" in the pooled type model.

    A feature of `kind`'s own trigger ("tdep:AID:pobj") counts twice: as itself and as the same
    fact of whatever type is asked ("G|tdep:pobj"), so that the rare types learn from the common
    ones what a trigger in that place is worth. Another type's feature counts under its prefix and
    type only ("AID|tdep:ASSAULT"); a word counts for `kind` alone ("AID|w:missile"). Every row
    feature is a sum over the sentence's own features, so the fit compiles to one `Linear` per
    type over the sentence's features (`fit_types`)."""
    row: Counter[str] = Counter({"T=" + kind: 1})
    for name in set(features):
        for key in _row_keys(name, kind, kinds):
            row[key] += 1
    return row


def _row_keys(name: str, kind: str, kinds: frozenset[str]) -> list[str]:
    prefix, _, rest = name.partition(":")
    of_type, _, detail = rest.partition(":")
    if of_type in kinds:
        if of_type == kind:
            return [name, f"G|{prefix}:{detail}"]
        return [f"{kind}|{prefix}:{of_type}"]
    if prefix in SHARED_MARKS:
        return [f"{kind}|{name}", f"G|{name}"]
    return [f"{kind}|{name}"]


def fit_types(
    x: list[list[str]], labels: dict[str, list[int]], c: float, weights: list[float] | None = None
) -> dict[str, Linear]:
    """One logistic regression over (sentence, type) rows of all types at once (`type_row`),
    compiled back to each type's `Linear` over the sentence's own features: the weight of a
    sentence feature for a type is the sum of the weights of the row features it adds to.
    `weights`: how much each sentence counts (1 each by default)."""
    kinds = frozenset(labels)
    order = sorted(kinds)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([type_row(r, k, kinds) for r in x for k in order]).tocsr()
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    y = [labels[k][i] for i in range(len(x)) for k in order]
    model = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0)
    model.fit(matrix, y, sample_weight=None if weights is None else np.repeat(weights, len(order)))
    learnt = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    intercept = float(model.intercept_[0])
    seen = sorted({name for r in x for name in r})
    out: dict[str, Linear] = {}
    for kind in order:
        compiled: dict[str, float] = {}
        for name in seen:
            w = sum(learnt.get(key, 0.0) for key in _row_keys(name, kind, kinds))
            if abs(w) >= KEEP:
                compiled[name] = round(float(w), 4)
        out[kind] = Linear(round(intercept + float(learnt.get("T=" + kind, 0.0)), 4), compiled)
    return out


def fit_choice(
    groups: list[list[list[str]]],
    labels: list[list[int]],
    c: float,
    offsets: list[list[float]] | None = None,
    weights: list[float] | None = None,
) -> Linear:
    """Conditional logit: the weights that make each group's right candidates (label 1; any of
    them will do) likeliest under a softmax over the group's scores, L2-penalised with inverse
    strength `c`. Groups with no right candidate teach nothing and are left out. `offsets`: a
    fixed score each candidate has already (another scorer's), which the weights add to;
    `weights`: how much each group counts (1 each by default)."""
    fixed = offsets or [[0.0] * len(g) for g in groups]
    counts = weights or [1.0] * len(groups)
    kept = [i for i, (g, y) in enumerate(zip(groups, labels, strict=True)) if any(y) and len(g) > 1]
    taught = [(groups[i], labels[i], fixed[i]) for i in kept]
    if not taught:
        return Linear(0.0, {})
    vectorizer = DictVectorizer()
    rows = vectorizer.fit_transform([dict.fromkeys(r, 1.0) for g, _, _ in taught for r in g]).tocsr()
    sizes = np.array([len(g) for g, _, _ in taught])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group_of = np.repeat(np.arange(len(taught)), sizes)
    right = np.array([v for _, y, _ in taught for v in y], dtype=float)
    offset = np.array([v for _, _, o in taught for v in o], dtype=float)
    weight = np.array([counts[i] for i in kept], dtype=float)

    def loss_and_gradient(w: Any) -> tuple[float, Any]:
        scores = rows @ w + offset
        # each log-sum-exp against its own maximum, so that no step of the search underflows
        top = np.maximum.reduceat(scores, starts)
        e = np.exp(scores - top[group_of])
        total = np.add.reduceat(e, starts)
        scores_right = np.where(right > 0, scores, -np.inf)
        top_right = np.maximum.reduceat(scores_right, starts)
        e_right = np.exp(scores_right - top_right[group_of])
        total_right = np.add.reduceat(e_right, starts)
        log_all, log_right = np.log(total) + top, np.log(total_right) + top_right
        loss = float(weight @ (log_all - log_right) + w @ w / (2 * c))
        # d/dw: expected features under the softmax minus those over the right candidates
        coef = (e / total[group_of] - e_right / total_right[group_of]) * weight[group_of]
        return loss, rows.T @ coef + w / c

    found = minimize(
        loss_and_gradient, np.zeros(rows.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return _linear(vectorizer, found.x, 0.0)  # a softmax has no use for a bias


def _linear(vectorizer: DictVectorizer, coefficients: Any, bias: float) -> Linear:
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, coefficients, strict=True) if abs(w) >= KEEP}
    return Linear(round(bias, 4), weights)
