"""What extraction found in one article, sentence by sentence, and which pass found each name:
the view a developer needs to fix a rule and a doubting analyst needs to trust one."""

from __future__ import annotations

from collections import defaultdict

from ..records import ArticleFacts, DateWindow, Figures


def explain(facts: ArticleFacts) -> list[str]:
    """Lines of text: each sentence, then what was taken from it."""
    told: dict[int, list[str]] = defaultdict(list)
    for m in facts.mentions:
        told[m.sentence].append(f"    name     {m.text!r} -> {m.ref}  [{m.found_by}]")
    for call in facts.calls:
        place = f", at {call.place}" if call.place else ""
        told[call.sentence].append(
            f"    {call.kind:<8} {' + '.join(call.participants)}, {when(call.when)}{place}"
            + claim(call.claim)
        )
    for attack in facts.attacks:
        details = [f"at {attack.place or '(no place)'}", when(attack.when)]
        details += [f"by {attack.perpetrator}"] if attack.perpetrator else []
        details += [", ".join(attack.weapons)] if attack.weapons else []
        details += [figures(attack.figures)] if attack.figures else []
        told[attack.sentence].append(f"    attack   {', '.join(details)}{claim(attack.claim)}")
    for total in facts.totals:
        since = f" since {total.since}" if total.since else ""
        told[total.sentence].append(
            f"    total    {figures(total.figures)}{since}{claim(total.claim)}"
        )
    for ref in facts.resolutions:
        year = f" ({ref.year})" if ref.year else ""
        told[ref.sentence].append(f"    resolution {ref.body} {ref.number}{year}")
    lines = [f"{facts.article.id}  published {facts.article.published}"]
    if facts.publisher or facts.author:
        lines.append(f"  source: publisher {facts.publisher or '-'}, author {facts.author or '-'}")
    for sentence in facts.sentences:
        lines += [f"[{sentence.index}] {sentence.text}", *told[sentence.index]]
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
