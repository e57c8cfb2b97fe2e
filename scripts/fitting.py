"""The two ways `train_events.py` fits a linear scorer over string features: a logistic regression
for yes/no decisions (does a sentence report this type?), and a conditional logit for choosing
one candidate of a group (which party is the actor?), trained as the model uses it: a softmax
over the group's candidates."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from watchfloor.nlp.event_scorers import Linear

KEEP = 0.02  # weights smaller than this are left out of the shipped file


def fit(x: list[list[str]], y: list[int], c: float, weight: float = 1.0) -> Linear:
    """Logistic regression, L2-penalised with inverse strength `c`; `weight` for the positives."""
    if sum(y) == 0:
        return Linear(-8.0, {})
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(r, 1.0) for r in x]).tocsr()
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    model = LogisticRegression(
        C=c, max_iter=2000, solver="liblinear", class_weight={0: 1.0, 1: weight}, random_state=0
    )
    model.fit(matrix, y)
    return _linear(vectorizer, model.coef_[0], float(model.intercept_[0]))


def fit_choice(
    groups: list[list[list[str]]], labels: list[list[int]], c: float, offsets: list[list[float]] | None = None
) -> Linear:
    """Conditional logit: the weights that make each group's right candidates (label 1; any of
    them will do) likeliest under a softmax over the group's scores, L2-penalised with inverse
    strength `c`. Groups with no right candidate teach nothing and are left out. `offsets`: a
    fixed score each candidate has already (another scorer's), which the weights add to."""
    fixed = offsets or [[0.0] * len(g) for g in groups]
    taught = [(g, y, o) for g, y, o in zip(groups, labels, fixed, strict=True) if any(y) and len(g) > 1]
    if not taught:
        return Linear(0.0, {})
    vectorizer = DictVectorizer()
    rows = vectorizer.fit_transform([dict.fromkeys(r, 1.0) for g, _, _ in taught for r in g]).tocsr()
    sizes = np.array([len(g) for g, _, _ in taught])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group_of = np.repeat(np.arange(len(taught)), sizes)
    right = np.array([v for _, y, _ in taught for v in y], dtype=float)
    offset = np.array([v for _, _, o in taught for v in o], dtype=float)

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
        loss = float(log_all.sum() - log_right.sum() + w @ w / (2 * c))
        # d/dw: expected features under the softmax minus those over the right candidates
        coef = e / total[group_of] - e_right / total_right[group_of]
        return loss, rows.T @ coef + w / c

    found = minimize(
        loss_and_gradient, np.zeros(rows.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return _linear(vectorizer, found.x, 0.0)  # a softmax has no use for a bias


def _linear(vectorizer: DictVectorizer, coefficients: Any, bias: float) -> Linear:
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, coefficients, strict=True) if abs(w) >= KEEP}
    return Linear(round(bias, 4), weights)
