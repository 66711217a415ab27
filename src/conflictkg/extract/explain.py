"""What extraction found in one article, sentence by sentence, and which pass found each name:
the view a developer needs to fix a rule and a doubting analyst needs to trust one."""

from __future__ import annotations

from ..records import ArticleFacts, DateWindow, Figures


def explain(facts: ArticleFacts) -> list[str]:
    """Lines of text: each sentence, then what was taken from it."""
    lines = [f"{facts.article.id}  published {facts.article.published}"]
    if facts.publisher or facts.author:
        lines.append(f"  source: publisher {facts.publisher or '-'}, author {facts.author or '-'}")
    for sentence in facts.sentences:
        found = [
            f"    name     {m.text!r} -> {m.ref}  [{m.found_by}]"
            for m in facts.mentions
            if m.sentence == sentence.index
        ]
        found += [
            f"    {call.kind:<8} {' + '.join(call.participants)}, {when(call.when)}"
            + (f", at {call.place}" if call.place else "")
            + claim(call.claim)
            for call in facts.calls
            if call.sentence == sentence.index
        ]
        found += [
            f"    attack   at {attack.place or '(no place)'}, {when(attack.when)}"
            + (f", by {attack.perpetrator}" if attack.perpetrator else "")
            + (f", {', '.join(attack.weapons)}" if attack.weapons else "")
            + (f", {figures(attack.figures)}" if attack.figures else "")
            + claim(attack.claim)
            for attack in facts.attacks
            if attack.sentence == sentence.index
        ]
        found += [
            f"    total    {figures(total.figures)}"
            + (f" since {total.since}" if total.since else "")
            + claim(total.claim)
            for total in facts.totals
            if total.sentence == sentence.index
        ]
        found += [
            f"    resolution {ref.body} {ref.number}" + (f" ({ref.year})" if ref.year else "")
            for ref in facts.resolutions
            if ref.sentence == sentence.index
        ]
        lines.append(f"[{sentence.index}] {sentence.text}")
        lines += found
    return lines


def when(window: DateWindow) -> str:
    if window.day:
        return f"on {window.day}"
    kind = "assumed" if window.assumed else "as told"
    return f"undated ({window.earliest}..{window.latest}, {kind})"


def figures(found: Figures) -> str:
    parts = [
        f"{name.replace('_', ' ')} {getattr(found, name)}"
        for name in ("killed", "injured", "killed_at_least", "injured_at_least")
        if getattr(found, name) is not None
    ]
    return ", ".join(parts) + (f" ({found.victims})" if found.victims else "")


def claim(told) -> str:
    if told.claimant is None and told.stance == "asserted":
        return ""
    return f"; claimed by {told.claimant or 'the publisher'}, {told.stance}"
