"""SQL behind the purge after the campaign: who has been inactive, and erasing them.

What is erased and why is said in ``services.purge``. Days are compared as the first ten
characters of the stored ISO moments: the local day at the station that wrote them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ttasum_desk.storage.db import db

_ACTIVE_SINCE = """
    substr(p.created_at, 1, 10) >= :since OR substr(p.updated_at, 1, 10) >= :since
    OR EXISTS (SELECT 1 FROM handout h WHERE (h.recipient_uid = p.uid OR h.proxy_uid = p.uid)
               AND substr(h.handed_at, 1, 10) >= :since)
    OR EXISTS (SELECT 1 FROM class_count k WHERE k.school = p.school AND k.grade = p.grade
               AND k.klass = p.klass AND substr(k.handed_at, 1, 10) >= :since)
    OR EXISTS (SELECT 1 FROM proxy_registration r WHERE (r.recipient_uid = p.uid
               OR r.proxy_uid = p.uid) AND substr(r.updated_at, 1, 10) >= :since)
"""

# a person's erased form; birth_year, group, school, grade and district stay (see the service)
_ERASE = """
    UPDATE recipient SET name = '', name_key = '', name_rev = '', initials = '',
        birth_date = NULL, klass = NULL, number = NULL, phone_last4 = NULL,
        household_uid = NULL, disability = 0, tags = '', notes = '', updated_at = ?
    WHERE uid = ?
"""

# what review items keep of a person: blanked in the versions and details they hold
_PERSONAL_JSON = (
    "'$.name', '', '$.birth_date', NULL, '$.phone_last4', NULL, '$.class', NULL,"
    " '$.number', NULL, '$.household_uid', NULL, '$.disability', json('false')"
)


def inactive_since(since: str) -> list[str]:
    """Uids of the people not yet erased with no handout (as recipient or proxy),
    registration change, proxy registration or class count of their class on or after the
    day ``since`` (YYYY-MM-DD)."""
    sql = (
        "SELECT p.uid FROM recipient p WHERE p.name != ''"
        f" AND NOT ({_ACTIVE_SINCE}) ORDER BY p.card_code"
    )
    return [row[0] for row in db.execute_sql(sql, {"since": since}).fetchall()]


def erase(uids: Iterable[str], at: str) -> None:
    """Erase these people's personal fields, inside the caller's write transaction, with what
    links them to others: proxy registrations, households left without members, and the
    names in review items."""
    chosen = list(uids)
    connection = db.connection()
    connection.execute("CREATE TEMP TABLE purged (uid TEXT PRIMARY KEY, household_uid TEXT)")
    connection.executemany(
        "INSERT INTO purged (uid, household_uid) SELECT uid, household_uid FROM recipient"
        " WHERE uid = ?",
        [(uid,) for uid in chosen],
    )
    connection.executemany(_ERASE, [(at, uid) for uid in chosen])
    connection.execute(
        "DELETE FROM proxy_registration WHERE recipient_uid IN (SELECT uid FROM purged)"
        " OR proxy_uid IN (SELECT uid FROM purged)"
    )
    connection.execute(
        "DELETE FROM household WHERE uid IN (SELECT household_uid FROM purged)"
        " AND NOT EXISTS (SELECT 1 FROM recipient p WHERE p.household_uid = household.uid)"
    )
    connection.execute(
        f"UPDATE review_item SET ours = CASE ours WHEN '{{}}' THEN ours"
        f" ELSE json_set(ours, {_PERSONAL_JSON}) END,"
        f" theirs = CASE theirs WHEN '{{}}' THEN theirs"
        f" ELSE json_set(theirs, {_PERSONAL_JSON}) END"
        " WHERE entity = 'Recipients' AND entity_key IN (SELECT uid FROM purged)"
    )
    connection.execute(
        "UPDATE review_item SET detail = json_set(detail, '$.name', '', '$.birth', NULL)"
        " WHERE kind IN ('same_person', 'double_dip') AND EXISTS (SELECT 1 FROM purged"
        " WHERE instr(review_item.entity_key, purged.uid) > 0)"
    )
    connection.execute("DROP TABLE purged")
