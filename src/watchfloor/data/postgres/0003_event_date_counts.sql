-- 3 (SQLite's migration 9): dated events counted per type and date, kept in step by triggers: the
-- timeline of the whole archive (or of a type or period) reads thousands of counts instead of every
-- event. As in SQLite, only events with a date are counted, and a count that falls to 0 stays.
CREATE TABLE event_date_counts (
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    events BIGINT NOT NULL,
    PRIMARY KEY (type, date)
);
INSERT INTO event_date_counts (type, date, events)
    SELECT type, date, count(*) FROM events WHERE date IS NOT NULL GROUP BY type, date;

CREATE FUNCTION wf_count_event_in(event_type text, event_date text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF event_date IS NOT NULL THEN
        INSERT INTO event_date_counts AS c (type, date, events) VALUES (event_type, event_date, 1)
        ON CONFLICT (type, date) DO UPDATE SET events = c.events + 1;
    END IF;
END
$$;

CREATE FUNCTION wf_count_event_out(event_type text, event_date text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_date_counts SET events = events - 1 WHERE type = event_type AND date = event_date;
END
$$;

CREATE FUNCTION wf_events_counted_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM wf_count_event_in(NEW.type, NEW.date);
    RETURN NULL;
END
$$;

CREATE FUNCTION wf_events_counted_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM wf_count_event_out(OLD.type, OLD.date);
    RETURN NULL;
END
$$;

CREATE FUNCTION wf_events_counted_again() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM wf_count_event_out(OLD.type, OLD.date);
    PERFORM wf_count_event_in(NEW.type, NEW.date);
    RETURN NULL;
END
$$;

CREATE TRIGGER events_counted_in AFTER INSERT ON events
    FOR EACH ROW WHEN (NEW.date IS NOT NULL) EXECUTE FUNCTION wf_events_counted_in();
CREATE TRIGGER events_counted_out AFTER DELETE ON events
    FOR EACH ROW WHEN (OLD.date IS NOT NULL) EXECUTE FUNCTION wf_events_counted_out();
CREATE TRIGGER events_counted_again AFTER UPDATE OF type, date ON events
    FOR EACH ROW EXECUTE FUNCTION wf_events_counted_again();
