"""Hand-built analyses for the renderer, CLI and schema tests (no model needed).

The article text is written for these tests; offsets are found with ``str.index`` so that
they always point at the intended words.
"""

from __future__ import annotations

from slant.document.analysis import (
    Analysis,
    CharSpan,
    Entity,
    Fragment,
    Frames,
    Genre,
    Hyperpartisan,
    Mention,
    Metadata,
    ParagraphTechniques,
    Quote,
    TechniqueSpan,
    VoiceCounts,
)

TITLE = "Mayor Slams Reckless Bridge Plan"
PARAGRAPH_1 = (
    "The reckless bridge plan is a disgrace, Mayor Ada Holm said on Monday, "
    "calling its backers spineless cowards."
)
PARAGRAPH_2 = (
    '"Either we stop it now or the town dies," Holm said. '
    '"Our town, our river!"'
)
PARAGRAPH_3 = "Critics warned that the mayor was exaggerating the danger."
TEXT = f"{TITLE}\n\n{PARAGRAPH_1}\n\n{PARAGRAPH_2}\n\n{PARAGRAPH_3}\n"


def _range(text: str, fragment: str, after: int = 0) -> tuple[int, int]:
    start = text.index(fragment, after)
    return start, start + len(fragment)


def _span(text: str, fragment: str, technique: str, score: float, **extra: object
          ) -> TechniqueSpan:
    start, end = _range(text, fragment)
    return TechniqueSpan(start=start, end=end, technique=technique, score=score, **extra)


def paragraphs_of(text: str) -> list[CharSpan]:
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(CharSpan(start=offset, end=offset + len(line)))
        offset += len(line) + 1
    return spans


def _entity_quotes(indices: list[int]) -> dict[str, list[int]]:
    """``Entity.quotes`` when the model has that field (it came with the voices layer)."""
    return {"quotes": indices} if "quotes" in Entity.model_fields else {}


def full_analysis() -> Analysis:
    """An analysis with every field filled, including overlapping and nested spans."""
    text = TEXT
    paragraphs = paragraphs_of(text)
    quote_1 = _range(text, "Either we stop it now or the town dies,")
    quote_2 = _range(text, "Our town, our river!")
    indirect = _range(text, "the mayor was exaggerating the danger")
    spans = [
        _span(text, "Reckless", "Loaded_Language", 0.81, technique_2023="Loaded_Language",
              voice="author"),
        # a sentence-long span with a nested one and a partly overlapping one
        _span(text, "The reckless bridge plan is a disgrace", "Name_Calling,Labeling", 0.55,
              technique_2023="Name_Calling-Labeling", voice="author"),
        _span(text, "reckless", "Loaded_Language", 0.93, technique_2023="Loaded_Language",
              voice="author"),
        _span(text, "a disgrace, Mayor", "Exaggeration,Minimisation", 0.41,
              technique_2023="Exaggeration-Minimisation", voice="author"),
        _span(text, "spineless cowards", "Name_Calling,Labeling", 0.88,
              technique_2023="Name_Calling-Labeling", voice="author", target="e2",
              target_text="its backers"),
        _span(text, "Either we stop it now or the town dies", "Black-and-White_Fallacy", 0.77,
              technique_2023="False_Dilemma-No_Choice", voice="e1"),
        _span(text, "Our town, our river!", "Slogans", 0.9, technique_2023="Slogans", voice="e1"),
        _span(text, "Our town, our river!", "Flag-Waving", 0.62, technique_2023="Flag_Waving",
              voice="e1"),
    ]
    paragraph_techniques = []
    labels_by_line = {
        1: {"Loaded_Language": 0.8},
        3: {"Loaded_Language": 0.9, "Name_Calling-Labeling": 0.85},
        5: {"False_Dilemma-No_Choice": 0.7, "Slogans": 0.82, "Flag_Waving": 0.6},
        7: {},
    }
    for paragraph, line in zip(paragraphs, (1, 3, 5, 7), strict=True):
        scores = {"Loaded_Language": 0.1, "Doubt": 0.05, **labels_by_line[line]}
        paragraph_techniques.append(ParagraphTechniques(
            start=paragraph.start, end=paragraph.end, line=line, scores=scores,
            labels=[label for label, score in scores.items() if score >= 0.5]))
    holm_mentions = [Mention(start=a, end=b) for a, b in (
        _range(text, "Mayor Ada Holm"), _range(text, "Holm said."), )]
    return Analysis(
        metadata=Metadata(
            article_id="bridge-1", source_path="tests/bridge-1.txt", url="https://example.org/b",
            source="example.org", date="2024-05-06", slant_version="0.1.0",
            model_version="test-model", timings={"model": 0.25, "voices": 0.01},
        ),
        text=text,
        title=CharSpan(start=0, end=len(TITLE)),
        paragraphs=paragraphs,
        fragments=[Fragment(start=s.start, end=s.end, score=s.score) for s in spans],
        spans=spans,
        paragraph_techniques=paragraph_techniques,
        genre=Genre(label="opinion",
                    probabilities={"opinion": 0.7, "reporting": 0.25, "satire": 0.05}),
        frames=Frames(scores={"Political": 0.8, "Economic": 0.3, "Quality_of_life": 0.55},
                      labels=["Political", "Quality_of_life"]),
        hyperpartisan=Hyperpartisan(probability=0.83, label=True),
        quotes=[
            Quote(start=quote_1[0], end=quote_1[1], kind="direct", speaker="e1",
                  cue=CharSpan(start=text.index("Holm said"),
                               end=text.index("Holm said") + len("Holm said"))),
            Quote(start=quote_2[0], end=quote_2[1], kind="direct", speaker="e1"),
            Quote(start=indirect[0], end=indirect[1], kind="indirect", speaker="e3"),
        ],
        entities=[
            Entity(id="e1", name="Ada Holm", kind="person", role="mayor", mentions=holm_mentions,
                   **_entity_quotes([0, 1])),
            Entity(id="e2", name="backers of the plan", kind="group"),
            Entity(id="e3", name="Critics", kind="group", **_entity_quotes([2])),
        ],
        voices=VoiceCounts(
            author={"Loaded_Language": 2, "Name_Calling,Labeling": 2,
                    "Exaggeration,Minimisation": 1},
            quoted={"Black-and-White_Fallacy": 1, "Slogans": 1, "Flag-Waving": 1},
            by_speaker={"e1": {"Black-and-White_Fallacy": 1, "Slogans": 1, "Flag-Waving": 1}},
        ),
    )


HOSTILE_TITLE = '<script>alert(1)</script> Breaking'
HOSTILE_BODY = 'He wrote "><img src=x onerror=alert(1)> and left & ran <b>bold</b>.'


def hostile_analysis() -> Analysis:
    """An article whose text is HTML meant to run script: it must render as text."""
    text = f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}\n"
    start = text.index('"><img')
    end = text.index("ran") + 3
    return Analysis(
        metadata=Metadata(article_id='"><svg onload=alert(2)>', slant_version="0.1.0",
                          source_path="<script>x</script>.txt"),
        text=text,
        title=CharSpan(start=0, end=len(HOSTILE_TITLE)),
        paragraphs=paragraphs_of(text),
        spans=[TechniqueSpan(start=start, end=end, technique="Loaded_Language", score=0.5),
               TechniqueSpan(start=0, end=8, technique="Doubt", score=0.4)],
        quotes=[Quote(start=start, end=end, kind="direct", speaker="x")],
        entities=[Entity(id="x", name="<img src=y onerror=alert(3)>")],
    )


def structure_only_analysis() -> Analysis:
    """What slant gives without a model: text structure, nothing predicted."""
    return Analysis(
        metadata=Metadata(article_id="plain", slant_version="0.1.0"),
        text=TEXT,
        title=CharSpan(start=0, end=len(TITLE)),
        paragraphs=paragraphs_of(TEXT),
    )
