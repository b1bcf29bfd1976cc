// The core module: the store's schema and every table of it declared. Version 1 made the store's
// own tables (local_meta, users, outbox, audit_log) together with the shared records' (persons,
// institutions, calendar_days, policies), and an applied migration never changes, so the core
// schema stays one list here; the records' commands and imports are records/corerecords.cpp,
// their reads records/corereads.cpp.
#include "coredomain.h"

#include "domainregistry.h"
#include "records/corerecords.h"
#include "tables.h"
#include "sql.h"

#include "core/namekey.h"

#include <QSqlQuery>

namespace ltc {
namespace {
// ---- schema -------------------------------------------------------------------------------

// Names sort by pinyin (安 before 张) through an index: the key of each name (namekey.h) is
// stored beside it when the person is written; this version keys the persons stored before it.
bool keyStoredNames(QSqlDatabase &db, QString *error)
{
    QSqlQuery persons = querySql(db, QStringLiteral("SELECT person_no, name FROM persons"), {}, error);
    QList<QVariantList> keys;
    while (persons.next())
        keys.append({nameSortKey(persons.value(1).toString()), persons.value(0)});
    for (const QVariantList &values : std::as_const(keys)) {
        if (!execSql(db, QStringLiteral("UPDATE persons SET name_key = ? WHERE person_no = ?"), values, error))
            return false;
    }
    return true;
}

Migration nameOrderMigration()
{
    Migration v7{QStringLiteral("core"), 7, QStringLiteral("persons in the order of their names"), {}, {}, {}};
    v7.statements = QStringList{QStringLiteral("ALTER TABLE persons ADD COLUMN name_key TEXT"),
                                QStringLiteral("CREATE INDEX persons_by_name_key ON persons (name_key, person_no)")};
    v7.dataStep = keyStoredNames;
    return v7;
}

// A part typed anywhere in a person number or a name ("1234" of B00001234, "三" of 张三) is an
// index range: every suffix of both is kept, so the part is a prefix of one (GLOB 'part*').
// SQLite's triggers keep it as persons are written (commands, imports, a sync's rows alike);
// it is the desktop's search aid, local, empty on the server (which does not search).
QString searchPartsOf(const QString &row)
{
    QStringList positions;
    for (int n = 1; n <= 32; ++n)
        positions << QStringLiteral("(%1)").arg(n);
    const QString values = QStringLiteral("(VALUES %1) v").arg(positions.join(QStringLiteral(", ")));
    return QStringLiteral("INSERT OR IGNORE INTO person_search_parts (part, person_no) SELECT substr(%1.person_no, "
                          "v.column1), %1.person_no FROM %2 WHERE v.column1 <= length(%1.person_no) UNION SELECT "
                          "substr(%1.name, v.column1), %1.person_no FROM %2 WHERE v.column1 <= length(%1.name)")
        .arg(row, values);
}

Migration personSearchMigration()
{
    Migration v8{QStringLiteral("core"), 8, QStringLiteral("persons found by any part of number or name"), {}, {}, {}};
    const QStringList tables{
        QStringLiteral("CREATE TABLE person_search_parts (part TEXT NOT NULL, person_no TEXT NOT NULL, PRIMARY KEY "
                       "(part, person_no))"),
        QStringLiteral("CREATE INDEX person_search_parts_by_person ON person_search_parts (person_no, part)")};
    const QString forget = QStringLiteral("DELETE FROM person_search_parts WHERE person_no = OLD.person_no;");
    v8.statements = tables + QStringList{
        QStringLiteral("CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN %1; END").arg(searchPartsOf(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER persons_search_update AFTER UPDATE OF person_no, name ON persons BEGIN %1 %2; END")
            .arg(forget, searchPartsOf(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN %1 END").arg(forget),
        searchPartsOf(QStringLiteral("persons")).replace(QStringLiteral("FROM (VALUES"), QStringLiteral("FROM persons, (VALUES")),
    };
    v8.postgresStatements = postgresDdl(tables);
    return v8;
}

QList<Migration> coreMigrations()
{
    Migration v1{QStringLiteral("core"), 1, QStringLiteral("shared records, outbox, audit"), {}, {}, {}};
    v1.statements = QStringList{
        QStringLiteral("CREATE TABLE local_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (username TEXT PRIMARY KEY, display_name TEXT NOT NULL, roles TEXT NOT NULL, "
                       "district TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE persons (person_no TEXT PRIMARY KEY, id_number TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, sex TEXT NOT NULL, birth_date TEXT NOT NULL, insurance_type TEXT NOT NULL, enrolled_on "
                       "TEXT NOT NULL, insured_until TEXT, died_on TEXT, district TEXT NOT NULL, address TEXT, phone "
                       "TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX persons_by_district ON persons (district, name)"),
        QStringLiteral("CREATE TABLE institutions (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, uscc "
                       "TEXT, grade INTEGER NOT NULL, service_forms TEXT NOT NULL, agreement_from TEXT NOT NULL, "
                       "agreement_to TEXT NOT NULL, suspended_from TEXT, suspended_to TEXT, district TEXT, address TEXT, "
                       "phone TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE calendar_days (date TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
                       "('HOLIDAY', 'WORKDAY')))"),
        QStringLiteral("CREATE TABLE policies (region TEXT NOT NULL, effective_from TEXT NOT NULL, effective_to TEXT, "
                       "name TEXT NOT NULL, body TEXT NOT NULL, loaded_at TEXT NOT NULL, PRIMARY KEY (region, "
                       "effective_from))"),
        QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL, command TEXT NOT NULL, "
                       "args TEXT NOT NULL, base_version INTEGER, username TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "status TEXT NOT NULL, result TEXT)"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, username TEXT "
                       "NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, changes TEXT NOT NULL, prev_hash TEXT NOT "
                       "NULL, hash TEXT NOT NULL)"),
    };
    // PostgreSQL (the server): the same tables; the guard below in its own dialect.
    v1.postgresStatements = postgresDdl(v1.statements) + QStringList{
        QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                       "EXCEPTION 'audit_log is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE "
                       "FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE "
                       "FUNCTION audit_log_append_only()"),
    };
    v1.statements += QStringList{
        // The trail is append-only: editing it through SQL is refused; editing the file is caught
        // by the hash chain.
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, "
                       "'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, "
                       "'audit_log is append-only'); END"),
    };
    Migration v2{QStringLiteral("core"), 2, QStringLiteral("conclusions and hospital stays"), {}, {}, {}};
    v2.statements = QStringList{
        QStringLiteral("CREATE TABLE conclusions (person_no TEXT NOT NULL REFERENCES persons (person_no), level INTEGER "
                       "NOT NULL CHECK (level BETWEEN 0 AND 5), concluded_on TEXT NOT NULL, valid_until TEXT NOT NULL, "
                       "service_form TEXT NOT NULL, institution_code TEXT, source TEXT NOT NULL DEFAULT 'import', "
                       "PRIMARY KEY (person_no, concluded_on))"),
        QStringLiteral("CREATE TABLE hospital_stays (person_no TEXT NOT NULL REFERENCES persons (person_no), "
                       "admitted_on TEXT NOT NULL, discharged_on TEXT, PRIMARY KEY (person_no, admitted_on))"),
    };
    // The outbox keeps each pending command's before → after rows, so that sync can undo its
    // optimistic effect before applying the server's rows, and then apply it again (rebase).
    Migration v3{QStringLiteral("core"), 3, QStringLiteral("outbox changes for rebase"), {}, {}, {}};
    v3.statements = QStringList{QStringLiteral("ALTER TABLE outbox ADD COLUMN changes TEXT")};
    // A download never overwrites a row that carries a change the server has not decided: the
    // server's copy waits in sync_held_rows for the checkpoint that rebases the change on it.
    // A re-download (after the server purged our cursor) notes each row it got in sync_seen, so
    // that it can remove what the server no longer has — and nothing else.
    Migration v4{QStringLiteral("core"), 4, QStringLiteral("held and seen rows of a download"), {}, {}, {}};
    v4.statements = QStringList{
        QStringLiteral("CREATE TABLE sync_held_rows (table_name TEXT NOT NULL, row_key TEXT NOT NULL, row_data TEXT NOT "
                       "NULL, PRIMARY KEY (table_name, row_key))"),
        QStringLiteral("CREATE TABLE sync_seen (table_name TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY "
                       "(table_name, row_key))"),
        // A pull's changes until the checkpoint applies them all at once.
        QStringLiteral("CREATE TABLE sync_pulled (position INTEGER PRIMARY KEY, change TEXT NOT NULL)"),
    };
    // The hand-over from application review to assessment (records/handovers.h): a task per
    // accepted application, belonging to the district of its person.
    Migration v5{QStringLiteral("core"), 5, QStringLiteral("assessment tasks handed over"), {}, {}, {}};
    v5.statements = QStringList{
        QStringLiteral("CREATE TABLE assessment_tasks (id TEXT PRIMARY KEY, application_id TEXT NOT NULL UNIQUE, "
                       "person_no TEXT NOT NULL REFERENCES persons (person_no), kind TEXT NOT NULL, state TEXT NOT "
                       "NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT "
                       "0)"),
        QStringLiteral("CREATE INDEX assessment_tasks_by_state ON assessment_tasks (state, created_at)"),
        QStringLiteral("CREATE INDEX assessment_tasks_by_person ON assessment_tasks (person_no)"),
    };
    // Issue 11: the registry's profile of an institution, its staff, its agreements as their own
    // records and its suspensions. They are core records (every module asks about them through
    // corereads.h), changed by the agreements module's commands and the imports.
    Migration v6{QStringLiteral("core"), 6, QStringLiteral("staff, agreements and suspensions of institutions"), {}, {}, {}};
    v6.statements = QStringList{
        QStringLiteral("ALTER TABLE institutions ADD COLUMN legal_representative TEXT"),
        QStringLiteral("ALTER TABLE institutions ADD COLUMN legal_representative_id TEXT"),
        QStringLiteral("ALTER TABLE institutions ADD COLUMN contact_person TEXT"),
        QStringLiteral("ALTER TABLE institutions ADD COLUMN capacity INTEGER"),
        QStringLiteral("ALTER TABLE institutions ADD COLUMN medically_qualified INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE institutions ADD COLUMN management_unit INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE staff (staff_no TEXT PRIMARY KEY, institution_code TEXT NOT NULL REFERENCES "
                       "institutions (code), name TEXT NOT NULL, id_number TEXT NOT NULL, role TEXT NOT NULL, "
                       "certificate_no TEXT, employed_from TEXT NOT NULL, employed_to TEXT, suspended_from TEXT, "
                       "suspended_to TEXT, barred_from TEXT, barred_to TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX staff_by_institution ON staff (institution_code, role)"),
        QStringLiteral("CREATE TABLE institution_agreements (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL "
                       "REFERENCES institutions (code), valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, "
                       "service_forms TEXT NOT NULL, deposit_permille INTEGER CHECK (deposit_permille BETWEEN 0 AND "
                       "1000), renewal INTEGER NOT NULL DEFAULT 0, signed_on TEXT NOT NULL, ended_on TEXT, end_reason "
                       "TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX agreements_by_institution ON institution_agreements (institution_code, valid_from)"),
        QStringLiteral("CREATE TABLE institution_suspensions (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL "
                       "REFERENCES institutions (code), kind TEXT NOT NULL CHECK (kind IN ('INTAKE', 'SETTLEMENT')), "
                       "suspended_from TEXT NOT NULL, suspended_to TEXT, reason TEXT NOT NULL, row_version INTEGER NOT "
                       "NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX suspensions_by_institution ON institution_suspensions (institution_code)"),
        // Liquidated damages (违约金) the settlement deducts from the institution's next payments
        // until deducted_fen reaches damages_fen (seed 004 §35).
        QStringLiteral("CREATE TABLE agreement_violations (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL "
                       "REFERENCES institutions (code), found_on TEXT NOT NULL, description TEXT NOT NULL, "
                       "damages_fen INTEGER NOT NULL CHECK (damages_fen >= 0), deducted_fen INTEGER NOT NULL DEFAULT 0, "
                       "deducted_period TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        // A legal representative barred from managing designated institutions (seed 004 §36: 5
        // years), by citizen ID, whichever institution they apply for next.
        QStringLiteral("CREATE TABLE representative_bars (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL "
                       "REFERENCES institutions (code), id_number TEXT NOT NULL, name TEXT NOT NULL, barred_from TEXT "
                       "NOT NULL, barred_to TEXT NOT NULL, reason TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX representative_bars_by_id ON representative_bars (id_number, barred_to)"),
        // Performance scoring (考核) of a year by a criteria set: the score (0-100) ties the
        // year-end release of the quality deposit to it (seed 004 §35, seed 003 四(四)).
        QStringLiteral("CREATE TABLE performance_scores (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL "
                       "REFERENCES institutions (code), year INTEGER NOT NULL, criteria_set TEXT NOT NULL, items TEXT "
                       "NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100), scored_on TEXT NOT NULL, "
                       "row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX performance_scores_by_year ON performance_scores (institution_code, year)"),
    };
    // Issue 13: a care dispatch's form and institution as a core record the settlement rules
    // read (records/handovers.h assignCare), belonging to the district of its person; and a
    // conclusion's dispute window, which application review asks too.
    Migration v9{QStringLiteral("core"), 9, QStringLiteral("care assignments, dispute windows"), {}, {}, {}};
    v9.statements = QStringList{
        QStringLiteral("CREATE TABLE care_assignments (id TEXT PRIMARY KEY, person_no TEXT NOT NULL REFERENCES persons "
                       "(person_no), conclusion_on TEXT NOT NULL, service_form TEXT NOT NULL, institution_code TEXT NOT "
                       "NULL REFERENCES institutions (code), assigned_from TEXT NOT NULL, recorded_at TEXT NOT NULL, "
                       "row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX care_assignments_by_person ON care_assignments (person_no, assigned_from)"),
        // The last day a dispute of the conclusion is received (the assessments' delivery sets
        // it); null for an imported one, whose delivery is not known here.
        QStringLiteral("ALTER TABLE conclusions ADD COLUMN dispute_until TEXT"),
    };
    return {v1, v2, v3, v4, v5, v6, nameOrderMigration(), personSearchMigration(), v9};
}

} // namespace

void registerCoreDomain(DomainRegistry &registry)
{
    DomainModule core;
    core.id = QStringLiteral("core");
    core.title = QStringLiteral("Shared records");
    core.migrations = coreMigrations();
    addCoreRecords(core);
    core.tables = {
        TableDecl::localOnly(QStringLiteral("schema_migrations")),
        TableDecl::localOnly(QStringLiteral("local_meta")),
        TableDecl::localOnly(QStringLiteral("users")),  // the accounts known on this desktop (verifiers)
        TableDecl::localOnly(QStringLiteral("outbox")),
        TableDecl::localOnly(QStringLiteral("audit_log")),  // each side's own hash-chained trail
        TableDecl::localOnly(QStringLiteral("sync_held_rows")),
        TableDecl::localOnly(QStringLiteral("sync_seen")),
        TableDecl::localOnly(QStringLiteral("sync_pulled")),
        TableDecl::localOnly(QStringLiteral("person_search_parts")),  // from persons, by triggers
        TableDecl::synced(QStringLiteral("persons"), ownDistrict()),
        TableDecl::synced(QStringLiteral("institutions"), ownDistrict()),
        TableDecl::synced(QStringLiteral("calendar_days"), sharedScope()),
        TableDecl::synced(QStringLiteral("policies"), sharedScope()),
        TableDecl::synced(QStringLiteral("conclusions"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("hospital_stays"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("care_assignments"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_tasks"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("staff"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("institution_agreements"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("institution_suspensions"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("agreement_violations"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("representative_bars"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("performance_scores"), belongsToInstitution()),
    };
    registry.add(std::move(core));
}

} // namespace ltc
