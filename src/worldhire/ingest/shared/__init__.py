"""Readers that résumés and job posts both use: dates, pay, working hours, places and time zones,
countries as typed, languages, stated experience and mobility, contact fields, sentences and
folded text. None of them imports a résumé's or a post's reader."""
