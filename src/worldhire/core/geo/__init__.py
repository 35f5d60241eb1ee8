"""Geography, in one place: each country's UN M49 areas and EU/EEA membership (countries), the
region names recruiters write and the countries they cover (regions), each country's time zones
and each zone's UTC offset from the tz database (zones), and where a person's data is stored
(residency)."""
