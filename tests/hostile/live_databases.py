"""Databases that try to run their own code when privflow reads them.

Each function returns the SQL of one hostile database. Every trap calls a side-effect function
that writes a file named `<marker><tag>` on the database server (`COPY … TO`, as the issue's
reviewer did with `COPY … TO PROGRAM`), so a test sees afterwards, from the server, whether
the trap ran; a read-only transaction does not stop it.
"""

from __future__ import annotations

# Phone numbers the validators recognise, so that "sampled" is visible in the scan.
PHONES = ("13800138000", "13912345678", "15011112222", "18655556666", "17700001111")


def postgres_traps(marker: str) -> str:
    """PostgreSQL: user-defined types whose cast to text runs code, a row-level-security
    policy that runs code, next to columns privflow should still sample."""
    rows = ", ".join(
        f"({i}, '{p}', ROW('{p}')::public.secret_box, 'happy', '{p}@example.com', "
        f"'{p}@example.com', ARRAY['{p}'])" for i, p in enumerate(PHONES, 1))
    return f"""
CREATE EXTENSION IF NOT EXISTS citext;
CREATE FUNCTION public.pf_side_effect(tag text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $fn$
BEGIN
    EXECUTE format('COPY (SELECT %L) TO %L', tag, {marker!r} || tag);
    RETURN true;
END $fn$;
-- A composite type and an enum, each with a cast to text that runs the side effect.
CREATE TYPE public.secret_box AS (v text);
CREATE FUNCTION public.secret_box_text(public.secret_box) RETURNS text
    LANGUAGE plpgsql AS $fn$ BEGIN PERFORM public.pf_side_effect('cast'); RETURN ($1).v; END $fn$;
CREATE CAST (public.secret_box AS text) WITH FUNCTION public.secret_box_text(public.secret_box);
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE FUNCTION public.mood_text(public.mood) RETURNS text
    LANGUAGE plpgsql AS $fn$ BEGIN PERFORM public.pf_side_effect('enum'); RETURN 'x'; END $fn$;
CREATE CAST (public.mood AS text) WITH FUNCTION public.mood_text(public.mood);
CREATE DOMAIN public.email_address AS text;
CREATE TABLE public.member (
    id int PRIMARY KEY,
    mobile text,
    box public.secret_box,
    mood public.mood,
    email public.email_address,
    email_ci citext,
    phones text[],
    mobile_copy text GENERATED ALWAYS AS (mobile) STORED
);
INSERT INTO public.member (id, mobile, box, mood, email, email_ci, phones) VALUES {rows};
-- Row-level security whose policy runs the side effect for every row it filters.
CREATE TABLE public.kyc (id int PRIMARY KEY, mobile text);
INSERT INTO public.kyc SELECT id, mobile FROM public.member;
ALTER TABLE public.kyc ENABLE ROW LEVEL SECURITY;
CREATE POLICY kyc_read ON public.kyc FOR SELECT USING (public.pf_side_effect('policy'));
-- A view calling the side effect: views are never sampled.
CREATE VIEW public.member_view AS SELECT id, public.pf_side_effect('view') AS hit
    FROM public.member;
ANALYZE;
"""


def mysql_traps() -> list[str]:
    """MySQL/MariaDB: generated columns and a view over a function that fails when it runs
    (stored functions cannot write in a read-only transaction, so failing is the trace)."""
    rows = ", ".join(f"({i}, '{p}')" for i, p in enumerate(PHONES, 1))
    return [
        """CREATE FUNCTION pf_side_effect() RETURNS INT DETERMINISTIC
           BEGIN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'privflow ran a function';
                 RETURN 1; END""",
        """CREATE TABLE member (
               id INT PRIMARY KEY,
               mobile VARCHAR(20),
               mobile_virtual VARCHAR(20) AS (CONCAT(mobile, '')) VIRTUAL,
               mobile_stored VARCHAR(20) AS (CONCAT(mobile, '')) STORED
           ) DEFAULT CHARSET = utf8mb4""",
        f"INSERT INTO member (id, mobile) VALUES {rows}",
        "CREATE VIEW member_view AS SELECT id, pf_side_effect() AS hit FROM member",
    ]
