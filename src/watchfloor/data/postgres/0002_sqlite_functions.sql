-- 2: what the shared queries call that SQLite has and PostgreSQL lacks. wf_fold is kb.normalize.fold
-- (case, diacritics, apostrophes, dashes, spaces, a leading "the", letter-digit spaces); SQLite gets
-- it from Python. max, min and sum of booleans count a comparison as 1 or 0, as SQLite does.
CREATE FUNCTION wf_fold(surface text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_replace(
    regexp_replace(
        btrim(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        lower(regexp_replace(normalize(surface, NFKD), '[\u0300-\u036f]', '', 'g')),
                        '[''`´‘’‛ʹʻʼʽʾʿ′]', '', 'g'),
                    '[-‐‑‒–—―−_/]', ' ', 'g'),
                '\s+', ' ', 'g'),
            ' ,;:!?"()[]{}'),
        '^the ', ''),
    '(?<=[[:alpha:]]) (?=[[:digit:]])|(?<=[[:digit:]]) (?=[[:alpha:]])', '', 'g')
$$;
CREATE AGGREGATE max(boolean) (SFUNC = boolor_statefunc, STYPE = boolean);
CREATE AGGREGATE min(boolean) (SFUNC = booland_statefunc, STYPE = boolean);
CREATE FUNCTION wf_add_bool(total bigint, item boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN item IS NULL THEN total ELSE coalesce(total, 0) + item::integer END
$$;
CREATE AGGREGATE sum(boolean) (SFUNC = wf_add_bool, STYPE = bigint);
