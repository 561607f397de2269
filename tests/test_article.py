import pytest

from slant.document.article import Article, article_id_from_path
from slant.errors import InputError


def test_title_layout_paragraphs_and_offsets():
    text = "A title here\n\nFirst paragraph. It has two sentences.\n\nSecond one!\n"
    article = Article.from_text(text, id="7")
    assert article.title_text == "A title here"
    assert [article.paragraph_text(p) for p in article.paragraphs] == [
        "A title here",
        "First paragraph. It has two sentences.",
        "Second one!",
    ]
    assert [p.line for p in article.paragraphs] == [1, 3, 5]
    sentences = [text[s.start : s.end] for s in article.sentences]
    assert sentences == ["A title here", "First paragraph.", "It has two sentences.", "Second one!"]


def test_bom_counts_as_one_character():
    text = "\ufeffTitle\n\nBody text goes here."
    article = Article.from_text(text)
    assert article.title.start == 1
    assert text[article.paragraphs[1].start :].startswith("Body")


def test_text_without_title():
    article = Article.from_text("Just one paragraph of body text, ending in a full stop.")
    assert article.title is None
    assert len(article.paragraphs) == 1


def test_abbreviations_do_not_split_sentences():
    article = Article.from_text("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", has_title=False)
    assert len(article.sentences) == 2


def test_no_before_a_number_is_an_abbreviation_but_voted_no_ends_a_sentence():
    article = Article.from_text("It was item No. 5 on the list. The board voted no. The pier "
                                "closed.", has_title=False)
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "It was item No. 5 on the list.", "The board voted no.", "The pier closed."]


def test_a_stop_that_lost_its_space_still_ends_a_sentence():
    article = Article.from_text("They would not protest.Richard Berg said no. Visit Example.com "
                                "today.", has_title=False)
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "They would not protest.", "Richard Berg said no.", "Visit Example.com today."]


def test_empty_text_is_refused():
    with pytest.raises(InputError):
        Article.from_text("  \n\n ")


def test_id_from_corpus_file_name():
    assert article_id_from_path("data/article123.txt") == "123"
    assert article_id_from_path("notes/my-piece.html") == "my-piece"
