-- Mamori: each team sees only its own firms, on a PostgreSQL database a consultancy shares.
-- (docs/team-database.md, "Teams and access", explains the design and the steps around this file.)
--
-- Run once, as the role that owns Mamori's tables (the role that opened the new database with Mamori
-- first) and that may create roles, after Mamori has made its tables:
--     psql -d mamori_team -v ON_ERROR_STOP=1 -f team-access.sql
-- Running it again changes nothing. It does not create consultants or teams; those are ordinary
-- PostgreSQL roles made by the administrator:
--     CREATE ROLE team_osaka NOLOGIN;
--     CREATE ROLE sato LOGIN IN ROLE mamori_users, team_osaka;
--     ALTER ROLE sato SET mamori.team = 'team_osaka';   -- where sato's new firms go
--
-- A firm belongs to the team named in firms.team: a role. A consultant sees a firm, and everything
-- of it (profiles, assessments, answers, cached results, change log), when their role is a member of
-- that team, directly or through other roles. The owner of the tables (the administrator) is not
-- bound by these rules and sees every firm; that is also the role for `mamori-cli db copy` and for
-- upgrading Mamori's tables.

BEGIN;

-- The group every consultant belongs to: it holds the rights on the tables, not each consultant.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mamori_users') THEN
        CREATE ROLE mamori_users NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO mamori_users', current_database());
END
$$;

-- True when the current role is a member of the role named `team`. A name that is no role (an
-- empty team, a team since dropped) is no error, and nobody's.
-- Its search_path is fixed: a consultant's own temporary view named pg_roles must not stand in for
-- the catalog.
CREATE OR REPLACE FUNCTION mamori_in_team(team text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                         WHERE r.rolname = team AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')) $$;

-- A new firm goes to the team its maker's role names (ALTER ROLE … SET mamori.team).
ALTER TABLE firms ALTER COLUMN team SET DEFAULT coalesce(current_setting('mamori.team', true), '');

ALTER TABLE firms ENABLE ROW LEVEL SECURITY;
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE results ENABLE ROW LEVEL SECURITY;
ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_seen ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS mamori_team ON firms;
DROP POLICY IF EXISTS mamori_team ON profiles;
DROP POLICY IF EXISTS mamori_team ON assessments;
DROP POLICY IF EXISTS mamori_team ON answers;
DROP POLICY IF EXISTS mamori_team ON results;
DROP POLICY IF EXISTS mamori_team ON changes;
DROP POLICY IF EXISTS mamori_team ON assessment_seen;
-- The firm decides; every other table follows its firm. The subqueries are themselves filtered by
-- the firms policy, so a row of another team's firm is invisible and cannot be written either.
CREATE POLICY mamori_team ON firms USING (mamori_in_team(team)) WITH CHECK (mamori_in_team(team));
CREATE POLICY mamori_team ON profiles USING (EXISTS (SELECT 1 FROM firms f WHERE f.id = firm_id));
CREATE POLICY mamori_team ON assessments USING (EXISTS (SELECT 1 FROM firms f WHERE f.id = firm_id));
CREATE POLICY mamori_team ON answers USING (EXISTS (SELECT 1 FROM assessments a WHERE a.id = assessment_id));
CREATE POLICY mamori_team ON results USING (EXISTS (SELECT 1 FROM assessments a WHERE a.id = assessment_id));
CREATE POLICY mamori_team ON changes USING (EXISTS (SELECT 1 FROM firms f WHERE f.id = firm_id));
CREATE POLICY mamori_team ON assessment_seen USING (EXISTS (SELECT 1 FROM assessments a WHERE a.id = assessment_id));

-- Nobody but the owner makes objects here, not even temporary ones, which could otherwise be named
-- to stand in for the tables and functions above.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- What consultants may do: no more than Mamori does. The change log only grows: no UPDATE or DELETE.
GRANT USAGE ON SCHEMA public TO mamori_users;
GRANT SELECT ON mamori_meta, schema_version TO mamori_users;
GRANT SELECT, INSERT, UPDATE ON firms, assessments TO mamori_users;
GRANT SELECT, INSERT ON profiles, changes TO mamori_users;
GRANT SELECT, INSERT, UPDATE, DELETE ON answers, results TO mamori_users;
GRANT SELECT, INSERT, UPDATE ON assessment_seen TO mamori_users;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO mamori_users;

-- The login in the change log is the server's word, not the client's: for everyone but the owner
-- (whose `db copy` brings a log with its logins), it is set to the session's role.
CREATE OR REPLACE FUNCTION mamori_stamp_login() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user,
                                  (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        NEW.login := session_user;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS mamori_stamp_login ON changes;
CREATE TRIGGER mamori_stamp_login BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION mamori_stamp_login();

COMMIT;
