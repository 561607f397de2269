from slant.pipeline.decode import is_content, token_runs, whole_hyphenated


def test_runs_bridge_small_gaps_only():
    import numpy as np

    probs = np.array([0.9, 0.1, 0.8, 0.1, 0.1, 0.7])
    assert token_runs(probs, 0.5, 0) == [(0, 1), (2, 3), (5, 6)]
    assert token_runs(probs, 0.5, 1) == [(0, 3), (5, 6)]


def test_hyphenated_words_stay_whole():
    text = "an entirely trumped-up pretext and a crisis-ridden union"
    start = text.index("trumped")
    assert text[slice(*whole_hyphenated(text, start, start + 7))] == "trumped-up"
    start = text.index("ridden")
    assert text[slice(*whole_hyphenated(text, start, start + 6))] == "crisis-ridden"


def test_function_words_alone_are_not_spans():
    assert not is_content("the")
    assert not is_content(" our, ")
    assert is_content("our glorious nation")
