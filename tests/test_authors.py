"""Authors: which official document a sentence names, and whom it says it is from."""
import pytest

from build_scripts.authors import authored_in


@pytest.mark.parametrize("text, expected", [
    ("A memo issued by the Harbour Planning Office accused the ferry firms of overbooking.",
     [("memo", "Harbour Planning Office", False)]),
    ("The memo, issued by the Maritime Safety Council, said the crossings were unsafe.",
     [("memo", "Maritime Safety Council", True)]),
    ("The trigger was a Transport Ministry memorandum released Thursday.", [("memo", "Transport Ministry", False)]),
    ("The memo, signed by its director Ada Renholm, said the crossings were unsafe.",
     [("memo", "Ada Renholm", True)]),
    ("On May 3 the Harbour Planning Office put out a directive on night crossings.",
     [("directive", "Harbour Planning Office", False)]),
    ("Thursday's Harbour Planning Office memo singled out Kelso Lines.", [("memo", "Harbour Planning Office", False)]),
    # whom the memo is from, not whose adviser wrote it
    ("It came in a memo from Governor Ana Vell's transport adviser.", []),
    # a pronoun, a weekday or an article is no author; a report is one of many, not the story's one document
    ("His memo, sent to every harbour master, lists the crossings.", []),
    ("The Monday memo lists the crossings.", []),
    ("A report by the Harbour Planning Office found delays.", []),
    # a quotation is what someone said, not what the sentence says
    ("\u201cThe Maritime Safety Council memo is wrong,\u201d she said.", []),
])
def test_documents_and_whom_they_are_from(text, expected):
    assert [(a.document, a.author, a.definite) for a in authored_in(text)] == expected
