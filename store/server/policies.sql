-- The rules a shared PostgreSQL store enforces on the server itself (ServerSetup.h, docs/deployment.md),
-- installed by `probitas-cli server setup` as the store's owner role, and installed again, unchanged where
-- already there, by each later setup (an upgrade). What the client's AccessPolicy decides, the server decides
-- here too, for every login, Probitas or psql:
--   * each login is one person of the directory (server_logins), and acts only as that person;
--   * row-level security shows a declarant her own rows, an authority what was filed or forwarded to it, the
--     auditor and the administrators the metadata and the trail, nobody any other row;
--   * the trail, envelopes, recipients, receipts and directory certificates are append-only for every client
--     role; each append is checked here (the actor is the login's person, the entry links to the head, its
--     time is the server's) and must come with its signed audit entry in the same transaction;
--   * destruction under retention goes through probitas_purge alone.
-- Placeholders, replaced by role names: @owner@ (owns every object, never logs in), @client@ (every person's
-- login is a member of it), @declarant@, @authority@, @auditor@, @administrator@ (one per Probitas role).

CREATE TABLE IF NOT EXISTS server_setup (version INTEGER PRIMARY KEY, set_up_at TEXT NOT NULL);
-- Which login is which person. person_id is NULL for the first administrator's login until their
-- initialisation of the directory claims it (probitas_claim).
CREATE TABLE IF NOT EXISTS server_logins (
    login TEXT PRIMARY KEY,
    person_id TEXT UNIQUE REFERENCES people(id),
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT);

-- ---- a certificate login with the login's current certificate only
--
-- After a renewal (`people renew`) the person's former certificate keeps its subject, so pg_ident.conf still
-- maps it to their login, and it stays valid until the CA revokes it. The server itself refuses it: a session
-- that presented a client certificate must have presented the one the directory gives its person now
-- (people.certificate, which only an administrator changes, with the signed statement in the same transaction).
-- The serial number tells them apart: the CA gives each certificate it issues its own, and the server takes
-- client certificates from the organisation's CA alone (ssl_ca_file). Checked by probitas_person(), which every
-- row-level policy and every append check goes through: such a session reads and appends nothing. A session that
-- presented no certificate (a SCRAM login) is not concerned.

-- The serial number of a DER certificate: Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version
-- OPTIONAL, serialNumber INTEGER, ... } ... } (RFC 5280), as pg_stat_ssl gives the client's (NUMERIC).
CREATE OR REPLACE FUNCTION probitas_certificate_serial(certificate BYTEA) RETURNS NUMERIC
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = probitas, pg_temp AS $$
DECLARE
    position INTEGER := 0; -- of the current element's tag, from 0
    header INTEGER;
    content INTEGER;
    octets INTEGER;
    serial NUMERIC := 0;
    step INTEGER;
BEGIN
    FOR step IN 1..4 LOOP
        -- the element at `position`: its header's and its content's lengths
        octets := get_byte(certificate, position + 1);
        IF octets < 128 THEN
            header := 2;
            content := octets;
        ELSE
            header := 2 + (octets & 127);
            content := 0;
            FOR i IN 1..(octets & 127) LOOP
                content := content * 256 + get_byte(certificate, position + 1 + i);
            END LOOP;
        END IF;
        IF step <= 2 THEN
            position := position + header; -- into the certificate, then into tbsCertificate
        ELSIF get_byte(certificate, position) = 160 THEN
            position := position + header + content; -- past [0] version
        ELSIF get_byte(certificate, position) = 2 THEN
            FOR i IN 0..content - 1 LOOP
                serial := serial * 256 + get_byte(certificate, position + header + i);
            END LOOP;
            RETURN serial;
        ELSE
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- `person` when this session may act as them: no client certificate, or the person's current one. Within the
-- transaction that renews the person (an administrator renewing herself, logged in with her former
-- certificate) the former one still acts until it commits; her next session needs the new one.
CREATE OR REPLACE FUNCTION probitas_certified(person TEXT) RETURNS TEXT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
DECLARE
    uses_tls BOOLEAN;
    presented NUMERIC;
    current_certificate BYTEA;
    renewed_here BOOLEAN;
BEGIN
    IF person IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT ssl, ssl_client_serial INTO uses_tls, presented FROM pg_stat_get_activity(pg_backend_pid());
    IF uses_tls IS NULL THEN
        -- the owner role may not read this session's TLS state (pg_read_all_stats, granted by server setup):
        -- refused rather than unchecked
        PERFORM probitas_refuse('the server cannot check which certificate this session presented: run '
                                'probitas-cli server setup again');
    END IF;
    IF presented IS NULL THEN
        RETURN person;
    END IF;
    SELECT certificate, COALESCE(xmin = pg_current_xact_id_if_assigned()::xid, false)
        INTO current_certificate, renewed_here FROM people WHERE id = person;
    IF probitas_certificate_serial(current_certificate) = presented OR renewed_here THEN
        RETURN person;
    END IF;
    PERFORM probitas_refuse(format('login %s presented a certificate (serial %s) that is no longer the current '
                                   'certificate of its person: log in with the certificate of the latest renewal',
                                   session_user, presented));
    RETURN NULL;
END $$;

-- For the rows every person may read (the directory): true, unless probitas_person() refuses this session.
CREATE OR REPLACE FUNCTION probitas_session_checked() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SET search_path = probitas, pg_temp AS $$
BEGIN
    PERFORM probitas_person();
    RETURN true;
END $$;

-- ---- who is asking

CREATE OR REPLACE FUNCTION probitas_person() RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT probitas_certified(l.person_id) FROM server_logins l JOIN people p ON p.id = l.person_id
    WHERE l.login = session_user AND l.revoked_at IS NULL AND p.removed_at IS NULL $$;

CREATE OR REPLACE FUNCTION probitas_role() RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT role FROM people WHERE id = probitas_person() $$;

-- The auditor and the administrators read every declaration's metadata and the whole trail (decideStore:
-- ReadWholeTrail, ListEveryDeclaration).
CREATE OR REPLACE FUNCTION probitas_reads_all() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT COALESCE(probitas_role() IN ('auditor', 'admin'), false) $$;

-- The declarations addressed to the login's person: filed or forwarded to them, an entretien they hold as a
-- delegate, an avis asked of them.
CREATE OR REPLACE FUNCTION probitas_addressed() RETURNS SETOF TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT declaration_id FROM envelope_recipients WHERE person_id = probitas_person()
    UNION SELECT declaration_id FROM entretiens WHERE delegate_id = probitas_person()
    UNION SELECT declaration_id FROM avis_requests WHERE college_id = probitas_person() $$;

-- Every declaration whose metadata the login's person may see (beside probitas_reads_all).
CREATE OR REPLACE FUNCTION probitas_visible() RETURNS SETOF TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT id FROM declarations WHERE declarant_id = probitas_person()
    UNION SELECT probitas_addressed() $$;

-- Whether the current transaction has appended an audit entry of one of `actions` by the login's person,
-- about `declaration` when it is not NULL. What every write below must come with: the signed record of it.
-- The entries of this transaction are read from the first it appended (probitas.transaction_start, set by
-- the append trigger), a range of the primary key rather than the whole trail. A client may set that variable
-- itself: a lower value only widens the range, a higher one only refuses its own writes.
CREATE OR REPLACE FUNCTION probitas_recorded(actions TEXT[], declaration TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM audit
                   WHERE sequence >= COALESCE(NULLIF(current_setting('probitas.transaction_start', true), '')::BIGINT,
                                              9223372036854775807)
                   AND xmin = pg_current_xact_id()::xid
                   AND actor_id = probitas_person() AND action = ANY (actions)
                   AND (declaration IS NULL OR declaration_id = declaration)) $$;

CREATE OR REPLACE FUNCTION probitas_refuse(message TEXT) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END $$;

-- ---- the trail: appended only as oneself, at the head, at the server's time

CREATE OR REPLACE FUNCTION probitas_audit_append() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
DECLARE
    head audit%ROWTYPE;
    stamped TIMESTAMPTZ;
BEGIN
    IF NEW.actor_id IS DISTINCT FROM probitas_person() THEN
        PERFORM probitas_refuse(format('an audit entry must be written by its actor: this login (%s) is not '
                                       'person %s', session_user, NEW.actor_id));
    END IF;
    -- What only an administrator states: every client replays the directory statements, and an unsigned one
    -- would stop them all; the procedures and destructions are the administrators' too (decideStore).
    IF (NEW.action LIKE 'directory-%' OR NEW.action IN ('procedure', 'procedure-close', 'purge', 'posting-reject'))
       AND probitas_role() IS DISTINCT FROM 'admin' THEN
        PERFORM probitas_refuse(format('only an administrator writes a %s entry', NEW.action));
    END IF;
    -- A reminder letter to a magistrate is an authority's (decideReminder: the client weighs which ones).
    IF NEW.action = 'reminder-letter' AND probitas_role() IS DISTINCT FROM 'authority' THEN
        PERFORM probitas_refuse(format('only an authority writes a %s entry', NEW.action));
    END IF;
    SELECT * INTO head FROM audit ORDER BY sequence DESC LIMIT 1;
    IF NOT FOUND THEN
        IF NEW.sequence <> 1 OR NEW.previous_hash <> repeat('0', 64) THEN
            PERFORM probitas_refuse('the first audit entry must be entry 1');
        END IF;
    ELSIF NEW.sequence <> head.sequence + 1 OR NEW.previous_hash <> head.hash
          OR NEW.previous_signature IS DISTINCT FROM encode(sha256(head.signature), 'hex') THEN
        PERFORM probitas_refuse(format('an audit entry must follow the head of the trail (entry %s)',
                                       head.sequence));
    END IF;
    IF NEW.version NOT IN (2, 3) THEN
        PERFORM probitas_refuse('an audit entry must commit to the signature of its predecessor');
    END IF;
    stamped := NEW.at::TIMESTAMPTZ;
    IF stamped > clock_timestamp() OR stamped < transaction_timestamp() - INTERVAL '1 second'
       OR (head.at IS NOT NULL AND stamped < head.at::TIMESTAMPTZ) THEN
        PERFORM probitas_refuse(format('an audit entry must bear the server''s time, not %s', NEW.at));
    END IF;
    IF COALESCE(current_setting('probitas.transaction_start', true), '') = '' THEN
        PERFORM set_config('probitas.transaction_start', NEW.sequence::TEXT, true); -- until the transaction ends
    END IF;
    RETURN NEW;
END $$;

-- ---- the times beside the trail's: the server's too

-- A row's own time (a receipt's, a forward's, an entretien's or avis' steps, a procedure's opening and close,
-- a removal) is checked as an audit entry's is: between the transaction's start and now, on the server's
-- clock. A login cannot date a receipt before the deadline it missed, nor close a procedure in the past so
-- that probitas_purge finds its retention over. TG_ARGV names the columns; an UPDATE is checked only on the
-- columns it changes.
CREATE OR REPLACE FUNCTION probitas_server_time() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
DECLARE
    column_name TEXT;
    written TEXT;
    stamped TIMESTAMPTZ;
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NEW; -- probitas_purge and migrations
    END IF;
    FOREACH column_name IN ARRAY TG_ARGV LOOP
        written := to_jsonb(NEW) ->> column_name;
        CONTINUE WHEN written IS NULL
            OR (TG_OP = 'UPDATE' AND written IS NOT DISTINCT FROM to_jsonb(OLD) ->> column_name);
        BEGIN
            stamped := written::TIMESTAMPTZ;
        EXCEPTION WHEN OTHERS THEN
            stamped := NULL;
        END;
        IF stamped IS NULL OR stamped > clock_timestamp()
           OR stamped < transaction_timestamp() - INTERVAL '1 second' THEN
            PERFORM probitas_refuse(format('%s.%s must bear the server''s time, not %s', TG_TABLE_NAME,
                                           column_name, written));
        END IF;
    END LOOP;
    RETURN NEW;
END $$;

-- ---- each write comes with its signed record, checked when the transaction commits

-- Invoker's rights (as the status check below): `current_user` is the owner only inside probitas_purge and
-- the owner's migrations.
CREATE OR REPLACE FUNCTION probitas_requires_record() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
DECLARE
    declaration TEXT;
    actions TEXT[] := TG_ARGV[0]::TEXT[];
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NULL; -- probitas_purge and migrations
    END IF;
    IF TG_TABLE_NAME = 'declarations' THEN
        declaration := NEW.id;
        IF TG_OP = 'INSERT' AND NOT EXISTS (
               SELECT 1 FROM audit WHERE declaration_id = NEW.id AND xmin = pg_current_xact_id()::xid
               AND action = 'file' AND actor_id = NEW.declarant_id AND at = NEW.filed_at) THEN
            PERFORM probitas_refuse('a declaration is filed with its signed "file" audit entry, at its time');
        END IF;
    ELSIF TG_TABLE_NAME IN ('envelopes', 'envelope_recipients', 'receipts', 'entretiens', 'avis_requests',
                            'controls', 'control_acts') THEN
        declaration := NEW.declaration_id;
    END IF;
    IF NOT probitas_recorded(actions, declaration) THEN
        PERFORM probitas_refuse(format('%s on %s needs its signed audit entry (%s) in the same transaction',
                                       TG_OP, TG_TABLE_NAME, array_to_string(actions, ', ')));
    END IF;
    RETURN NULL;
END $$;

-- Who a sealed copy may be for. A filing's envelope and recipients come with a declaration filed in the same
-- transaction by its declarant (the client computed the recipients from the official posting); a re-sealed
-- copy after a renewal is its holder's alone; anything else is a forward, by whoever holds the declaration, to an
-- authority in the directory, never of a DSP ("ne peut pas être communiquée aux tiers", art. 7-3 III).
CREATE OR REPLACE FUNCTION probitas_copy_check() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
DECLARE
    sealer TEXT;
    basis TEXT;
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'envelope_recipients' THEN
        -- What the compliance dashboard reads of a filing without its declaration's row (schema 11).
        IF NOT EXISTS (SELECT 1 FROM declarations d WHERE d.id = NEW.declaration_id
                       AND d.declarant_id = NEW.declarant_id AND d.kind = NEW.kind AND d.event = NEW.event
                       AND d.recipients = NEW.recipients AND d.filed_at = NEW.filed_at) THEN
            PERFORM probitas_refuse('a copy''s recipient row repeats its declaration''s declarant, kind, event, '
                                    || 'recipients and filing time');
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'envelopes' THEN
        sealer := NEW.forwarded_by;
        basis := NEW.basis;
    ELSE
        SELECT e.forwarded_by, e.basis INTO sealer, basis FROM envelopes e WHERE e.id = NEW.envelope_id;
    END IF;
    IF sealer IS NULL THEN
        IF NOT EXISTS (SELECT 1 FROM declarations WHERE id = NEW.declaration_id AND declarant_id = probitas_person()
                       AND xmin = pg_current_xact_id()::xid) THEN
            PERFORM probitas_refuse('a copy that is not a forward is sealed only with the declaration it files');
        END IF;
    ELSIF TG_TABLE_NAME = 'envelopes' THEN
        -- (the fields of NEW are resolved whatever the condition: one table per branch)
        IF basis IS DISTINCT FROM 'renewal'
           AND EXISTS (SELECT 1 FROM declarations WHERE id = NEW.declaration_id AND kind = 'patrimoine') THEN
            PERFORM probitas_refuse('a declaration of assets is never forwarded (art. 7-3 III)');
        END IF;
    ELSIF basis = 'renewal' THEN
        IF NEW.person_id <> probitas_person() THEN
            PERFORM probitas_refuse('a copy sealed again after a renewal is its holder''s alone');
        END IF;
    ELSIF NEW.forwarded <> 1 OR NOT EXISTS (
              SELECT 1 FROM people WHERE id = NEW.person_id AND role = 'authority' AND removed_at IS NULL) THEN
        PERFORM probitas_refuse('a forward goes to an authority of the directory, marked as forwarded');
    END IF;
    RETURN NULL;
END $$;

-- Who changes what of an entretien (the rows their policy lets them update): its record, whoever holds it (the
-- authority, or the magistrate it delegated); its delegate and invitation, the authority; the acknowledgement
-- and the answer to an invitation, the declarant. The rest never changes but through probitas_purge.
CREATE OR REPLACE FUNCTION probitas_entretien_change() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
DECLARE
    person TEXT := probitas_person();
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.declaration_id, NEW.authority_id, NEW.scheduled_at, NEW.convocation, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.declaration_id, OLD.authority_id, OLD.scheduled_at, OLD.convocation,
                         OLD.created_at) THEN
        PERFORM probitas_refuse('an entretien''s convocation is never changed');
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
           (NEW.status = 'held' AND OLD.status = 'scheduled')
           OR (NEW.status = 'acknowledged' AND OLD.status = 'held')) THEN
        PERFORM probitas_refuse(format('an entretien does not go from %s to %s', OLD.status, NEW.status));
    END IF;
    IF ((NEW.fiche, NEW.recorded_at, NEW.recorded_by) IS DISTINCT FROM (OLD.fiche, OLD.recorded_at,
                                                                        OLD.recorded_by)
        OR NEW.status = 'held' AND OLD.status = 'scheduled')
       AND person IS DISTINCT FROM OLD.authority_id AND person IS DISTINCT FROM NEW.delegate_id THEN
        PERFORM probitas_refuse('an entretien is recorded by the authority holding it or its delegate');
    END IF;
    IF ((NEW.delegate_id, NEW.invited_at) IS DISTINCT FROM (OLD.delegate_id, OLD.invited_at)
        OR (NEW.invitation IS DISTINCT FROM OLD.invitation AND OLD.invitation IS NULL))
       AND person IS DISTINCT FROM OLD.authority_id THEN
        PERFORM probitas_refuse('an entretien''s delegate and invitation are its authority''s');
    END IF;
    IF NEW.invitation IS DISTINCT FROM OLD.invitation AND OLD.invitation IS NOT NULL
       AND NOT (OLD.invitation = 'open' AND NEW.invitation = 'answered') THEN
        PERFORM probitas_refuse(format('an invitation does not go from %s to %s', OLD.invitation, NEW.invitation));
    END IF;
    IF ((NEW.acknowledgement, NEW.acknowledged_at, NEW.invitation_answered_by)
        IS DISTINCT FROM (OLD.acknowledgement, OLD.acknowledged_at, OLD.invitation_answered_by)
        OR NEW.status = 'acknowledged' AND OLD.status = 'held' OR NEW.invitation = 'answered' AND OLD.invitation = 'open')
       AND NOT EXISTS (SELECT 1 FROM declarations WHERE id = OLD.declaration_id AND declarant_id = person) THEN
        PERFORM probitas_refuse('an entretien is acknowledged by its declarant');
    END IF;
    RETURN NEW;
END $$;

-- A HATVP control (Controls.h) changes once: its controller concludes it (open -> concluded, with its outcome and
-- time); the rest never changes but through probitas_purge. Its acts are never updated by a client (no grant).
CREATE OR REPLACE FUNCTION probitas_control_change() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.declaration_id, NEW.controller_id, NEW.received_at, NEW.due_on, NEW.opened_at)
       IS DISTINCT FROM (OLD.id, OLD.declaration_id, OLD.controller_id, OLD.received_at, OLD.due_on, OLD.opened_at)
    THEN
        PERFORM probitas_refuse('a control''s declaration, controller and deadline are never changed');
    END IF;
    IF NOT (OLD.status = 'open' AND NEW.status = 'concluded' AND OLD.outcome IS NULL AND NEW.outcome IS NOT NULL
            AND NEW.concluded_at IS NOT NULL AND OLD.controller_id = probitas_person()) THEN
        PERFORM probitas_refuse(format('a control does not go from %s to %s', OLD.status, NEW.status));
    END IF;
    RETURN NEW;
END $$;

-- An act of a control is the HATVP's that controls it, or an answer by the declarant; a control is opened by the
-- HATVP, on a DSP filed to it.
CREATE OR REPLACE FUNCTION probitas_control_act_check() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
DECLARE
    person TEXT := probitas_person();
BEGIN
    IF current_user = '@owner@' THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'controls' THEN
        IF NEW.controller_id IS DISTINCT FROM person
           OR NOT EXISTS (SELECT 1 FROM people WHERE id = person AND role = 'authority' AND authority_id = 'hatvp')
           OR NOT EXISTS (SELECT 1 FROM declarations d JOIN envelope_recipients r ON r.declaration_id = d.id
                          WHERE d.id = NEW.declaration_id AND d.kind = 'patrimoine' AND r.person_id = person
                          AND r.forwarded = 0)
           OR NEW.status <> 'open' OR NEW.outcome IS NOT NULL THEN
            PERFORM probitas_refuse('a control is opened by the HATVP, on a declaration of assets filed to it');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.author_id IS DISTINCT FROM person OR NOT EXISTS (
           SELECT 1 FROM controls c JOIN declarations d ON d.id = c.declaration_id
           WHERE c.id = NEW.control_id AND c.declaration_id = NEW.declaration_id
           AND c.status = 'open'
           AND CASE WHEN NEW.kind = 'answer' THEN d.declarant_id = person ELSE c.controller_id = person END) THEN
        PERFORM probitas_refuse('an act of a control is its controller''s, or an answer of its declarant');
    END IF;
    RETURN NEW;
END $$;

-- A declaration's status moves only forward, and only by who may move it: its declarant supersedes it, an
-- authority it was filed to acknowledges it, retention destroys it (probitas_purge, as the owner).
CREATE OR REPLACE FUNCTION probitas_status_change() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = probitas, pg_temp AS $$
BEGIN
    IF current_user = '@owner@' AND NEW.status = 'destroyed' THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'superseded' AND OLD.status IN ('filed', 'receipt-held')
       AND OLD.declarant_id = probitas_person() THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'receipt-held' AND OLD.status = 'filed' AND OLD.declarant_id <> probitas_person() AND EXISTS (
           SELECT 1 FROM envelope_recipients WHERE declaration_id = OLD.id AND person_id = probitas_person()
           AND forwarded = 0) THEN
        RETURN NEW;
    END IF;
    PERFORM probitas_refuse(format('declaration %s cannot go from %s to %s', OLD.id, OLD.status, NEW.status));
    RETURN NULL;
END $$;

-- ---- logins

-- The first administrator's login, created unbound by `server setup --administrator`, becomes the person
-- their initialisation of the directory adds, once: the store's first and only person, an administrator.
CREATE OR REPLACE FUNCTION probitas_claim(person TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM server_logins WHERE login = session_user AND person_id IS NULL
                   AND revoked_at IS NULL)
       OR NOT pg_has_role(session_user, '@administrator@', 'MEMBER')
       OR (SELECT count(*) FROM people) <> 1
       OR NOT EXISTS (SELECT 1 FROM people WHERE id = person AND role = 'admin') THEN
        PERFORM probitas_refuse('only the first administrator''s login claims the store''s first person');
    END IF;
    UPDATE server_logins SET person_id = person WHERE login = session_user;
END $$;

-- Gives a person of the directory their own login role, in the group of their Probitas role. Its password
-- (SCRAM) or its certificate (cert authentication) is the database administrator's to set.
CREATE OR REPLACE FUNCTION probitas_enrol(login_name TEXT, person TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
DECLARE
    person_role TEXT;
    group_role TEXT;
BEGIN
    IF probitas_role() IS DISTINCT FROM 'admin' THEN
        PERFORM probitas_refuse('only an administrator gives a person a login');
    END IF;
    SELECT role INTO person_role FROM people WHERE id = person AND removed_at IS NULL;
    IF NOT FOUND THEN
        PERFORM probitas_refuse(format('person %s is not in the directory', person));
    END IF;
    IF login_name !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_name', MESSAGE =
            format('%s is not a login name (lowercase letters, digits, _ . -; a letter first)', login_name);
    END IF;
    IF EXISTS (SELECT 1 FROM server_logins WHERE login = login_name) THEN
        PERFORM probitas_refuse(format('login %s is already someone''s', login_name));
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login_name) THEN
        PERFORM probitas_refuse(format('a database role named %s already exists', login_name));
    END IF;
    group_role := CASE person_role WHEN 'declarant' THEN '@declarant@' WHEN 'authority' THEN '@authority@'
                                   WHEN 'auditor' THEN '@auditor@' ELSE '@administrator@' END;
    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', login_name, group_role);
    INSERT INTO server_logins (login, person_id, enrolled_at)
        VALUES (login_name, person, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
END $$;

-- A person removed from the directory can no longer log in.
CREATE OR REPLACE FUNCTION probitas_revoke(person TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
DECLARE
    login_name TEXT;
BEGIN
    IF probitas_role() IS DISTINCT FROM 'admin' THEN
        PERFORM probitas_refuse('only an administrator revokes a login');
    END IF;
    FOR login_name IN SELECT login FROM server_logins WHERE person_id = person AND revoked_at IS NULL LOOP
        EXECUTE format('ALTER ROLE %I NOLOGIN', login_name);
        UPDATE server_logins SET revoked_at =
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') WHERE login = login_name;
    END LOOP;
END $$;

-- ---- a refusal the client can name and audit

-- Whether a declaration, an entretien, an avis request, a control or an act of one exists, whoever may see it: a client told nothing
-- else can then tell the server's refusal (a row its login may not see) from a mistyped id, and audit the
-- refusal as the client's own policy would. Nothing of the row but its existence, and only to whoever
-- already holds its random id.
CREATE OR REPLACE FUNCTION probitas_exists(kind TEXT, row_id TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT CASE kind
        WHEN 'declarations' THEN EXISTS (SELECT 1 FROM declarations WHERE id = row_id)
        WHEN 'entretiens' THEN EXISTS (SELECT 1 FROM entretiens WHERE id = row_id)
        WHEN 'avis_requests' THEN EXISTS (SELECT 1 FROM avis_requests WHERE id = row_id)
        WHEN 'controls' THEN EXISTS (SELECT 1 FROM controls WHERE id = row_id)
        WHEN 'control_acts' THEN EXISTS (SELECT 1 FROM control_acts WHERE id = row_id)
        ELSE false END
$$;

-- ---- destruction under retention (CJA R.131-8), checked again here

CREATE OR REPLACE FUNCTION probitas_purge(declaration TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
DECLARE
    declarant TEXT;
    ceased DATE;
BEGIN
    IF probitas_role() IS DISTINCT FROM 'admin' THEN
        PERFORM probitas_refuse('only an administrator destroys a declaration under retention');
    END IF;
    SELECT d.declarant_id, (NULLIF(p.profile, '')::JSONB ->> 'ceased_on')::DATE INTO declarant, ceased
        FROM declarations d JOIN people p ON p.id = d.declarant_id
        WHERE d.id = declaration AND d.status <> 'destroyed';
    IF NOT FOUND THEN
        PERFORM probitas_refuse(format('declaration %s is not there to destroy', declaration));
    END IF;
    IF ceased IS NULL OR ceased + INTERVAL '5 years' >= current_date THEN
        PERFORM probitas_refuse(format('declaration %s is still kept: its declarant has not left office five '
                                       'years ago', declaration));
    END IF;
    IF EXISTS (SELECT 1 FROM procedures WHERE declarant_id = declarant AND legal_hold = 1
               AND closed_at IS NULL) THEN
        PERFORM probitas_refuse(format('declaration %s is under a legal hold', declaration));
    END IF;
    IF NOT probitas_recorded(ARRAY['purge'], declaration) THEN
        PERFORM probitas_refuse('a destruction needs its signed "purge" audit entry in the same transaction');
    END IF;
    DELETE FROM envelope_recipients WHERE declaration_id = declaration;
    DELETE FROM envelopes WHERE declaration_id = declaration;
    DELETE FROM receipts WHERE declaration_id = declaration;
    UPDATE entretiens SET convocation = NULL, fiche = NULL, acknowledgement = NULL, status = 'destroyed'
        WHERE declaration_id = declaration;
    UPDATE avis_requests SET request = NULL, avis = NULL, status = 'destroyed' WHERE declaration_id = declaration;
    UPDATE control_acts SET document = NULL WHERE declaration_id = declaration;
    UPDATE controls SET status = 'destroyed' WHERE declaration_id = declaration;
    UPDATE declarations SET status = 'destroyed' WHERE id = declaration;
    DELETE FROM drafts WHERE declarant_id = declarant;
END $$;

-- ---- triggers

DROP TRIGGER IF EXISTS audit_append ON audit;
CREATE TRIGGER audit_append BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION probitas_audit_append();
DROP TRIGGER IF EXISTS entretiens_change ON entretiens;
CREATE TRIGGER entretiens_change BEFORE UPDATE ON entretiens FOR EACH ROW
    EXECUTE FUNCTION probitas_entretien_change();
DROP TRIGGER IF EXISTS controls_change ON controls;
CREATE TRIGGER controls_change BEFORE UPDATE ON controls FOR EACH ROW EXECUTE FUNCTION probitas_control_change();
DROP TRIGGER IF EXISTS controls_open ON controls;
CREATE TRIGGER controls_open BEFORE INSERT ON controls FOR EACH ROW EXECUTE FUNCTION probitas_control_act_check();
DROP TRIGGER IF EXISTS control_acts_write ON control_acts;
CREATE TRIGGER control_acts_write BEFORE INSERT ON control_acts FOR EACH ROW
    EXECUTE FUNCTION probitas_control_act_check();
DROP TRIGGER IF EXISTS declarations_status ON declarations;
CREATE TRIGGER declarations_status BEFORE UPDATE ON declarations FOR EACH ROW
    EXECUTE FUNCTION probitas_status_change();

DROP TRIGGER IF EXISTS declarations_recorded ON declarations;
CREATE CONSTRAINT TRIGGER declarations_recorded AFTER INSERT ON declarations DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{file}');
DROP TRIGGER IF EXISTS envelopes_recorded ON envelopes;
CREATE CONSTRAINT TRIGGER envelopes_recorded AFTER INSERT ON envelopes DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{file,forward,reseal}');
DROP TRIGGER IF EXISTS envelope_recipients_recorded ON envelope_recipients;
CREATE CONSTRAINT TRIGGER envelope_recipients_recorded AFTER INSERT ON envelope_recipients
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{file,forward,reseal}');
DROP TRIGGER IF EXISTS envelopes_copy ON envelopes;
CREATE CONSTRAINT TRIGGER envelopes_copy AFTER INSERT ON envelopes DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_copy_check();
DROP TRIGGER IF EXISTS envelope_recipients_copy ON envelope_recipients;
CREATE CONSTRAINT TRIGGER envelope_recipients_copy AFTER INSERT ON envelope_recipients DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_copy_check();
DROP TRIGGER IF EXISTS entretiens_recorded ON entretiens;
CREATE CONSTRAINT TRIGGER entretiens_recorded AFTER INSERT OR UPDATE ON entretiens DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record(
        '{entretien-schedule,entretien-record,entretien-acknowledge,entretien-invite,entretien-invitation-answered}');
DROP TRIGGER IF EXISTS avis_requests_recorded ON avis_requests;
CREATE CONSTRAINT TRIGGER avis_requests_recorded AFTER INSERT OR UPDATE ON avis_requests DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{avis-request,avis-record}');
DROP TRIGGER IF EXISTS controls_recorded ON controls;
CREATE CONSTRAINT TRIGGER controls_recorded AFTER INSERT OR UPDATE ON controls DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record(
        '{control-request,control-injonction,control-tax-returns,control-conclude}');
DROP TRIGGER IF EXISTS control_acts_recorded ON control_acts;
CREATE CONSTRAINT TRIGGER control_acts_recorded AFTER INSERT ON control_acts DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record(
        '{control-request,control-answer,control-injonction,control-tax-returns,control-conclude}');
DROP TRIGGER IF EXISTS receipts_recorded ON receipts;
CREATE CONSTRAINT TRIGGER receipts_recorded AFTER INSERT ON receipts DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{acknowledge}');
DROP TRIGGER IF EXISTS people_recorded ON people;
CREATE CONSTRAINT TRIGGER people_recorded AFTER INSERT OR UPDATE ON people DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record(
        '{directory-anchor,directory-add,directory-renew,directory-remove,directory-posting}');
DROP TRIGGER IF EXISTS certificates_recorded ON certificates;
CREATE CONSTRAINT TRIGGER certificates_recorded AFTER INSERT ON certificates DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{directory-anchor,directory-add,directory-renew}');
DROP TRIGGER IF EXISTS trust_anchors_recorded ON trust_anchors;
CREATE CONSTRAINT TRIGGER trust_anchors_recorded AFTER INSERT ON trust_anchors DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{directory-anchor}');
DROP TRIGGER IF EXISTS procedures_recorded ON procedures;
CREATE CONSTRAINT TRIGGER procedures_recorded AFTER INSERT OR UPDATE ON procedures DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION probitas_requires_record('{procedure,procedure-close}');

DROP TRIGGER IF EXISTS envelopes_time ON envelopes;
CREATE TRIGGER envelopes_time BEFORE INSERT ON envelopes FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('created_at');
DROP TRIGGER IF EXISTS receipts_time ON receipts;
CREATE TRIGGER receipts_time BEFORE INSERT ON receipts FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('received_at');
DROP TRIGGER IF EXISTS entretiens_time ON entretiens;
CREATE TRIGGER entretiens_time BEFORE INSERT OR UPDATE ON entretiens FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('created_at', 'recorded_at', 'acknowledged_at', 'invited_at');
DROP TRIGGER IF EXISTS avis_requests_time ON avis_requests;
CREATE TRIGGER avis_requests_time BEFORE INSERT OR UPDATE ON avis_requests FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('requested_at', 'answered_at');
DROP TRIGGER IF EXISTS controls_time ON controls;
CREATE TRIGGER controls_time BEFORE INSERT OR UPDATE ON controls FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('opened_at', 'concluded_at');
DROP TRIGGER IF EXISTS control_acts_time ON control_acts;
CREATE TRIGGER control_acts_time BEFORE INSERT ON control_acts FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('at');
DROP TRIGGER IF EXISTS procedures_time ON procedures;
CREATE TRIGGER procedures_time BEFORE INSERT OR UPDATE ON procedures FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('recorded_at', 'closed_at');
DROP TRIGGER IF EXISTS people_time ON people;
CREATE TRIGGER people_time BEFORE UPDATE ON people FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('removed_at');
DROP TRIGGER IF EXISTS drafts_time ON drafts;
CREATE TRIGGER drafts_time BEFORE INSERT ON drafts FOR EACH ROW
    EXECUTE FUNCTION probitas_server_time('saved_at');

-- ---- row-level security: what each login may see and write, row by row

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificates ENABLE ROW LEVEL SECURITY;
ALTER TABLE trust_anchors ENABLE ROW LEVEL SECURITY;
ALTER TABLE declarations ENABLE ROW LEVEL SECURITY;
ALTER TABLE envelopes ENABLE ROW LEVEL SECURITY;
ALTER TABLE envelope_recipients ENABLE ROW LEVEL SECURITY;
ALTER TABLE receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE procedures ENABLE ROW LEVEL SECURITY;
ALTER TABLE entretiens ENABLE ROW LEVEL SECURITY;
ALTER TABLE avis_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE controls ENABLE ROW LEVEL SECURITY;
ALTER TABLE control_acts ENABLE ROW LEVEL SECURITY;
ALTER TABLE server_logins ENABLE ROW LEVEL SECURITY;

-- The directory is every person's to read (it is what they seal for and verify against); the administrators
-- write it, or the first administrator starting the store (the claim follows in the same transaction).
CREATE OR REPLACE FUNCTION probitas_starting() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM people)
       AND EXISTS (SELECT 1 FROM server_logins WHERE login = session_user AND person_id IS NULL
                   AND revoked_at IS NULL)
       AND pg_has_role(session_user, '@administrator@', 'MEMBER') $$;

DROP POLICY IF EXISTS people_read ON people;
CREATE POLICY people_read ON people FOR SELECT USING ((SELECT probitas_session_checked()));
DROP POLICY IF EXISTS people_add ON people;
CREATE POLICY people_add ON people FOR INSERT
    WITH CHECK ((SELECT probitas_role()) = 'admin' OR (SELECT probitas_starting()));
DROP POLICY IF EXISTS people_change ON people;
CREATE POLICY people_change ON people FOR UPDATE USING ((SELECT probitas_role()) = 'admin');
DROP POLICY IF EXISTS certificates_read ON certificates;
CREATE POLICY certificates_read ON certificates FOR SELECT USING ((SELECT probitas_session_checked()));
DROP POLICY IF EXISTS certificates_add ON certificates;
CREATE POLICY certificates_add ON certificates FOR INSERT
    WITH CHECK ((SELECT probitas_role()) = 'admin');
DROP POLICY IF EXISTS trust_anchors_read ON trust_anchors;
CREATE POLICY trust_anchors_read ON trust_anchors FOR SELECT USING ((SELECT probitas_session_checked()));
DROP POLICY IF EXISTS trust_anchors_add ON trust_anchors;
CREATE POLICY trust_anchors_add ON trust_anchors FOR INSERT
    WITH CHECK ((SELECT probitas_role()) = 'admin' OR (SELECT probitas_starting()));

DROP POLICY IF EXISTS declarations_read ON declarations;
CREATE POLICY declarations_read ON declarations FOR SELECT
    USING ((SELECT probitas_reads_all()) OR declarant_id = (SELECT probitas_person())
           OR id IN (SELECT probitas_addressed()));
DROP POLICY IF EXISTS declarations_file ON declarations;
CREATE POLICY declarations_file ON declarations FOR INSERT WITH CHECK (declarant_id = (SELECT probitas_person()));
DROP POLICY IF EXISTS declarations_status ON declarations;
CREATE POLICY declarations_status ON declarations FOR UPDATE
    USING (declarant_id = (SELECT probitas_person()) OR id IN (SELECT probitas_addressed()));

DROP POLICY IF EXISTS envelopes_read ON envelopes;
CREATE POLICY envelopes_read ON envelopes FOR SELECT
    USING ((SELECT probitas_reads_all()) OR declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS envelopes_seal ON envelopes;
CREATE POLICY envelopes_seal ON envelopes FOR INSERT
    WITH CHECK (declaration_id IN (SELECT probitas_visible())
                AND (forwarded_by IS NULL OR forwarded_by = (SELECT probitas_person())));
DROP POLICY IF EXISTS envelope_recipients_read ON envelope_recipients;
CREATE POLICY envelope_recipients_read ON envelope_recipients FOR SELECT
    USING ((SELECT probitas_reads_all()) OR declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS envelope_recipients_seal ON envelope_recipients;
CREATE POLICY envelope_recipients_seal ON envelope_recipients FOR INSERT
    WITH CHECK (declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS receipts_read ON receipts;
CREATE POLICY receipts_read ON receipts FOR SELECT
    USING ((SELECT probitas_reads_all()) OR declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS receipts_sign ON receipts;
CREATE POLICY receipts_sign ON receipts FOR INSERT
    WITH CHECK (authority_id = (SELECT probitas_person()) AND declaration_id IN (SELECT probitas_addressed())
                AND declaration_id NOT IN (SELECT id FROM declarations WHERE declarant_id = (SELECT probitas_person())));

DROP POLICY IF EXISTS drafts_own ON drafts;
CREATE POLICY drafts_own ON drafts FOR ALL USING (declarant_id = (SELECT probitas_person()))
    WITH CHECK (declarant_id = (SELECT probitas_person()));

DROP POLICY IF EXISTS audit_read ON audit;
CREATE POLICY audit_read ON audit FOR SELECT
    USING ((SELECT probitas_reads_all()) OR actor_id = (SELECT probitas_person())
           OR action IN ('directory-anchor', 'directory-add', 'directory-renew', 'directory-remove',
                         'directory-posting')
           -- the answer to a magistrate's request about her posting (Postings::requests)
           OR action = 'posting-reject' AND details::jsonb ->> 'person' = (SELECT probitas_person())
           OR declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS audit_append ON audit;
CREATE POLICY audit_append ON audit FOR INSERT WITH CHECK (actor_id = (SELECT probitas_person()));

DROP POLICY IF EXISTS procedures_read ON procedures;
CREATE POLICY procedures_read ON procedures FOR SELECT
    USING ((SELECT probitas_reads_all()) OR declarant_id = (SELECT probitas_person())
           OR declarant_id IN (SELECT declarant_id FROM declarations WHERE id IN (SELECT probitas_addressed())));
DROP POLICY IF EXISTS procedures_record ON procedures;
CREATE POLICY procedures_record ON procedures FOR INSERT WITH CHECK ((SELECT probitas_role()) = 'admin');
DROP POLICY IF EXISTS procedures_close ON procedures;
CREATE POLICY procedures_close ON procedures FOR UPDATE USING ((SELECT probitas_role()) = 'admin');

DROP POLICY IF EXISTS entretiens_read ON entretiens;
CREATE POLICY entretiens_read ON entretiens FOR SELECT
    USING ((SELECT probitas_reads_all()) OR authority_id = (SELECT probitas_person())
           OR delegate_id = (SELECT probitas_person()) OR declaration_id IN (SELECT probitas_visible()));
DROP POLICY IF EXISTS entretiens_schedule ON entretiens;
CREATE POLICY entretiens_schedule ON entretiens FOR INSERT
    WITH CHECK (authority_id = (SELECT probitas_person()) AND declaration_id IN (SELECT probitas_addressed()));
DROP POLICY IF EXISTS entretiens_hold ON entretiens;
CREATE POLICY entretiens_hold ON entretiens FOR UPDATE
    USING (authority_id = (SELECT probitas_person()) OR delegate_id = (SELECT probitas_person())
           OR declaration_id IN (SELECT id FROM declarations WHERE declarant_id = (SELECT probitas_person())));

DROP POLICY IF EXISTS avis_read ON avis_requests;
CREATE POLICY avis_read ON avis_requests FOR SELECT
    USING ((SELECT probitas_reads_all()) OR requested_by = (SELECT probitas_person())
           OR college_id = (SELECT probitas_person())
           -- the declarant sees that an avis was asked (decideAvis: List), its request and avis sealed from her
           OR declaration_id IN (SELECT id FROM declarations WHERE declarant_id = (SELECT probitas_person())));
DROP POLICY IF EXISTS avis_request ON avis_requests;
CREATE POLICY avis_request ON avis_requests FOR INSERT
    WITH CHECK (requested_by = (SELECT probitas_person()) AND declaration_id IN (SELECT probitas_addressed()));
DROP POLICY IF EXISTS avis_answer ON avis_requests;
CREATE POLICY avis_answer ON avis_requests FOR UPDATE USING (college_id = (SELECT probitas_person()));

-- A control and its acts: those its DSP is addressed to (the HATVP; a DSP is never forwarded), its declarant, and
-- the auditor and the administrators, who read the whole trail that records them and must cross-check it
-- (`audit verify`): metadata, the documents being sealed to the first two. The client's policy (decideControl)
-- lists them to the auditor alone.
CREATE OR REPLACE FUNCTION probitas_controls_seen() RETURNS SETOF TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = probitas, pg_temp AS $$
    SELECT declaration_id FROM controls
    WHERE probitas_reads_all() OR declaration_id IN (SELECT probitas_visible()) $$;
DROP POLICY IF EXISTS controls_read ON controls;
CREATE POLICY controls_read ON controls FOR SELECT USING (declaration_id IN (SELECT probitas_controls_seen()));
DROP POLICY IF EXISTS controls_open ON controls;
CREATE POLICY controls_open ON controls FOR INSERT
    WITH CHECK (controller_id = (SELECT probitas_person()) AND declaration_id IN (SELECT probitas_addressed()));
DROP POLICY IF EXISTS controls_conclude ON controls;
CREATE POLICY controls_conclude ON controls FOR UPDATE USING (controller_id = (SELECT probitas_person()));
DROP POLICY IF EXISTS control_acts_read ON control_acts;
CREATE POLICY control_acts_read ON control_acts FOR SELECT
    USING (declaration_id IN (SELECT probitas_controls_seen()));
DROP POLICY IF EXISTS control_acts_write ON control_acts;
CREATE POLICY control_acts_write ON control_acts FOR INSERT
    WITH CHECK (author_id = (SELECT probitas_person()) AND declaration_id IN (SELECT probitas_controls_seen()));

-- ---- what each role may do at all (row-level security then decides which rows)

REVOKE ALL ON ALL TABLES IN SCHEMA probitas FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA probitas FROM PUBLIC;
GRANT USAGE ON SCHEMA probitas TO @client@;
GRANT SELECT ON schema_version, server_setup, people, certificates, trust_anchors, declarations, envelopes,
    envelope_recipients, receipts, drafts, audit, procedures, entretiens, avis_requests, controls, control_acts
    TO @client@;
GRANT INSERT ON audit, declarations, envelopes, envelope_recipients, drafts TO @client@;
GRANT UPDATE (status) ON declarations TO @client@;
GRANT DELETE ON drafts TO @client@;
-- (an entretien's delegate is a magistrate of any role; probitas_entretien_change says who changes what)
GRANT UPDATE (acknowledgement, acknowledged_at, status, invitation, invitation_answered_by, fiche, recorded_at,
    recorded_by, delegate_id) ON entretiens TO @client@;
GRANT INSERT ON receipts, entretiens, avis_requests, controls TO @authority@;
GRANT UPDATE (status, outcome, concluded_at) ON controls TO @authority@;
-- (an answer is the declarant's, of any role; probitas_control_act_check says whose act is whose)
GRANT INSERT ON control_acts TO @client@;
GRANT UPDATE (invited_at) ON entretiens TO @authority@;
GRANT UPDATE (avis, status, answered_at, answered_by) ON avis_requests TO @authority@;
GRANT INSERT ON people, certificates, trust_anchors, procedures TO @administrator@;
GRANT UPDATE (fingerprint, certificate, removed_at, authority_id, profile) ON people TO @administrator@;
GRANT UPDATE (closed_at) ON procedures TO @administrator@;
GRANT EXECUTE ON FUNCTION probitas_person(), probitas_role(), probitas_reads_all(), probitas_addressed(),
    probitas_visible(), probitas_recorded(TEXT[], TEXT), probitas_refuse(TEXT), probitas_starting(),
    probitas_session_checked(), probitas_controls_seen(),
    probitas_claim(TEXT), probitas_exists(TEXT, TEXT) TO @client@;
GRANT EXECUTE ON FUNCTION probitas_enrol(TEXT, TEXT), probitas_revoke(TEXT), probitas_purge(TEXT)
    TO @administrator@;

-- The chain as every writer must see it to append (its hashes and signatures, nothing of what the entries
-- say): a writer that may not read the head commits to it unseen (audit entry version 3, AuditChain.h).
CREATE OR REPLACE VIEW audit_links AS
    SELECT sequence, previous_hash, hash, signature, version, previous_signature FROM audit
    WHERE (SELECT probitas_session_checked());
GRANT SELECT ON audit_links TO @client@;
