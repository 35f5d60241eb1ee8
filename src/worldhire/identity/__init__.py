"""One person, one candidate: identifiers read from a résumé (e-mail, phone, profile links), the
decision whether a new file belongs to a known candidate of the same pool, the merge of a new
résumé version into that candidate, and the suppression list that keeps erased people out."""
