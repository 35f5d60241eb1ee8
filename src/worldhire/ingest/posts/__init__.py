"""Job posts read into roles: the title, company, requirements, pay, hours and places a post
states, and whether a text is a post at all."""
