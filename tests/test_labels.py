"""Labels: the word a sentence applies to what happened, or disputes applying."""
import pytest

from build_scripts.labels import applied_labels, disputed_labels


@pytest.mark.parametrize("text, applied", [
    ("It is theft, plain and simple.", {"theft"}),
    ("Copying the catalogue through fake accounts is piracy with extra steps, she said.", {"piraci"}),
    ("These accusations are slander, pure and simple.", {"slander"}),
    # a condition, a question, a denial or a report of the word applies nothing
    ("If learning from a public product is theft, then the whole industry is guilty.", set()),
    ("Is it theft?", set()),
    ("Distillation is not theft.", set()),
    ("Calling it theft is a political description.", set()),
    # a word qualifying a noun, a verb or an adverb is no label
    ("Distillation is a common technical method.", set()),
    ("The model was trained on their outputs.", set()),
    ("We are asking for the river the treaty promised us.", set()),
])
def test_the_label_a_sentence_applies(text, applied):
    assert set(applied_labels(text)) == applied


@pytest.mark.parametrize("text, disputed", [
    ("Calling it theft is a political description, not yet a legal one.", {"theft"}),
    ("To label a normal technical practice as 'theft' is not a scientific attitude.", {"theft"}),
    ("Some lawyers say that calling distillation theft stretches the law.", {"theft"}),
    ("Whether any of this amounts to theft in the legal sense is far from obvious.", {"theft"}),
    ("Whether it's theft is, I think, a question the courts haven't answered.", {"theft"}),
    ('The accusation of "theft" is therefore hypocritical.', {"theft"}),
    ("This was not a drought.", {"drought"}),
    # whether something was done is no label
    ("Tests could show whether a rival model was trained on their outputs.", set()),
    ("It is theft, plain and simple.", set()),
])
def test_the_label_a_sentence_disputes(text, disputed):
    assert disputed_labels(text) == disputed
