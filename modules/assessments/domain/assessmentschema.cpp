#include "assessments/domain/assessmentschema.h"

namespace ltc::assessments {

namespace {

// Refreshes the team of one task (`task`: NEW.task_id or OLD.task_id) from its latest draw.
QString teamMembersOf(const QString &task)
{
    return QStringLiteral("DELETE FROM assessment_team_members WHERE task_id = %1; INSERT OR IGNORE INTO "
                          "assessment_team_members (staff_no, task_id) SELECT json_extract(j.value, '$.staff_no'), "
                          "d.task_id FROM assessment_draws d, json_each(d.team) j WHERE d.task_id = %1 AND d.seq = "
                          "(SELECT MAX(seq) FROM assessment_draws WHERE task_id = %1) AND json_extract(j.value, "
                          "'$.staff_no') IS NOT NULL;")
        .arg(task);
}

// The worklist over a million tasks (taskpagereads.cpp): each first page a walk of an index.
// The delivered tasks (deadline_order 9999-12-31) in acceptance order, of all agencies or of
// one; and each task's latest team by staff member, kept by SQLite's triggers from the draws
// as they are written (commands and a sync's rows alike): the desktop's filter aid, local, empty
// on the server (which lists no worklist pages).
Migration worklistMigration()
{
    Migration v5{QStringLiteral("assessments"), 5, QStringLiteral("the task worklist fast at a million tasks"), {}, {}, {}};
    const QStringList tables{
        QStringLiteral("DROP INDEX assessment_work_by_agency"),
        // With the task's id: an assessor's tasks are picked out of the walk without the rows.
        QStringLiteral("CREATE INDEX assessment_work_by_acceptance ON assessment_work (deadline_order, accepted_on, task_id)"),
        QStringLiteral("CREATE INDEX assessment_work_by_agency ON assessment_work (agency_code, deadline_order, accepted_on, "
                       "task_id)"),
        QStringLiteral("CREATE TABLE assessment_team_members (staff_no TEXT NOT NULL, task_id TEXT NOT NULL, PRIMARY KEY "
                       "(staff_no, task_id))"),
        QStringLiteral("CREATE INDEX assessment_team_members_by_task ON assessment_team_members (task_id)"),
    };
    v5.statements = tables + QStringList{
        QStringLiteral("CREATE TRIGGER assessment_draws_team_insert AFTER INSERT ON assessment_draws BEGIN %1 END")
            .arg(teamMembersOf(QStringLiteral("NEW.task_id"))),
        QStringLiteral("CREATE TRIGGER assessment_draws_team_update AFTER UPDATE ON assessment_draws BEGIN %1 %2 END")
            .arg(teamMembersOf(QStringLiteral("OLD.task_id")), teamMembersOf(QStringLiteral("NEW.task_id"))),
        QStringLiteral("CREATE TRIGGER assessment_draws_team_delete AFTER DELETE ON assessment_draws BEGIN %1 END")
            .arg(teamMembersOf(QStringLiteral("OLD.task_id"))),
        QStringLiteral("INSERT OR IGNORE INTO assessment_team_members (staff_no, task_id) SELECT json_extract(j.value, "
                       "'$.staff_no'), d.task_id FROM assessment_draws d, json_each(d.team) j WHERE d.seq = (SELECT "
                       "MAX(seq) FROM assessment_draws x WHERE x.task_id = d.task_id) AND json_extract(j.value, "
                       "'$.staff_no') IS NOT NULL"),
    };
    v5.postgresStatements = postgresDdl(tables);
    return v5;
}

} // namespace

QList<Migration> assessmentMigrations()
{
    Migration v1{QStringLiteral("assessments"), 1, QStringLiteral("dispatch, draws, results, confirmations, conflicts"),
                 {}, {}, {}};
    v1.statements = QStringList{
        // What dispatch adds to a task: its agency, the deadline of the conclusion letter
        // (deadline_order: the due date, or 9999-12-31 once delivered, one indexed column for
        // the worklist), the officers named beside the drawn team, and the conclusion's dates.
        QStringLiteral("CREATE TABLE assessment_work (task_id TEXT PRIMARY KEY REFERENCES assessment_tasks (id), "
                       "person_no TEXT NOT NULL REFERENCES persons (person_no), agency_code TEXT NOT NULL REFERENCES "
                       "institutions (code), accepted_on TEXT NOT NULL, due_on TEXT NOT NULL, deadline_order TEXT NOT "
                       "NULL, online INTEGER NOT NULL DEFAULT 0, officers TEXT NOT NULL, dispatched_by TEXT NOT NULL, "
                       "dispatched_at TEXT NOT NULL, agency_accepted_on TEXT, publication_until TEXT, concluded_on "
                       "TEXT, valid_until TEXT, delivered_on TEXT, dispute_until TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX assessment_work_by_deadline ON assessment_work (deadline_order, task_id)"),
        QStringLiteral("CREATE INDEX assessment_work_by_agency ON assessment_work (agency_code, deadline_order)"),
        // Every draw of a task, the first and each redraw (with its reason): enough to re-run it
        // anywhere (draw.h): the seed, the algorithm, the agencies considered, the ordered
        // candidates, the exclusions with their reasons, the make-up and the team drawn.
        QStringLiteral("CREATE TABLE assessment_draws (task_id TEXT NOT NULL REFERENCES assessment_tasks (id), seq "
                       "INTEGER NOT NULL, person_no TEXT NOT NULL REFERENCES persons (person_no), algorithm TEXT NOT "
                       "NULL, seed TEXT NOT NULL, draw_day TEXT NOT NULL, agencies TEXT NOT NULL, composition TEXT NOT "
                       "NULL, candidates TEXT NOT NULL, exclusions TEXT NOT NULL, team TEXT NOT NULL, reason TEXT, "
                       "drawn_by TEXT NOT NULL, drawn_at TEXT NOT NULL, PRIMARY KEY (task_id, seq))"),
        // The scores as entered, by the instrument version they were scored with.
        QStringLiteral("CREATE TABLE assessment_results (task_id TEXT PRIMARY KEY REFERENCES assessment_tasks (id), "
                       "person_no TEXT NOT NULL REFERENCES persons (person_no), instrument_code TEXT NOT NULL, "
                       "instrument_version INTEGER NOT NULL, scores TEXT NOT NULL, totals TEXT NOT NULL, level INTEGER "
                       "NOT NULL CHECK (level BETWEEN 0 AND 5), assessed_on TEXT NOT NULL, advice TEXT, recorded_by "
                       "TEXT NOT NULL, recorded_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 0)"),
        // Each expert's confirmation of a result (seed 004 §8(三): at least 2 experts).
        QStringLiteral("CREATE TABLE assessment_confirmations (task_id TEXT NOT NULL REFERENCES assessment_tasks "
                       "(id), staff_no TEXT NOT NULL REFERENCES staff (staff_no), person_no TEXT NOT NULL REFERENCES "
                       "persons (person_no), confirmed_on TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT "
                       "NOT NULL, PRIMARY KEY (task_id, staff_no))"),
        // Third parties' objections during publication (seed 004 §8(六): 实名反映情况); a
        // substantiated one names the re-assessment task it opened.
        QStringLiteral("CREATE TABLE assessment_objections (task_id TEXT NOT NULL REFERENCES assessment_tasks (id), "
                       "seq INTEGER NOT NULL, person_no TEXT NOT NULL REFERENCES persons (person_no), objector TEXT NOT "
                       "NULL, text TEXT NOT NULL, received_on TEXT NOT NULL, substantiated INTEGER NOT NULL, "
                       "reassessment_task TEXT, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY "
                       "(task_id, seq))"),
        // Declared conflicts of interest (回避, seed 004 §8(一)): the staff member may not assess
        // the person from declared_on until withdrawn_on (excluded).
        QStringLiteral("CREATE TABLE assessment_conflicts (id TEXT PRIMARY KEY, staff_no TEXT NOT NULL REFERENCES "
                       "staff (staff_no), person_no TEXT NOT NULL REFERENCES persons (person_no), kind TEXT NOT NULL "
                       "CHECK (kind IN ('RELATIVE', 'INTEREST')), note TEXT NOT NULL, declared_on TEXT NOT NULL, "
                       "withdrawn_on TEXT, declared_by TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX assessment_conflicts_by_person ON assessment_conflicts (person_no, staff_no)"),
        // Scoring instruments as versioned data (scoring.h); the built-in versions (NATIONAL-2021
        // and BARTHEL, version 1 each) need no row.
        QStringLiteral("CREATE TABLE assessment_instruments (code TEXT NOT NULL, version INTEGER NOT NULL, name TEXT "
                       "NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL, loaded_by TEXT NOT NULL, loaded_at TEXT NOT "
                       "NULL, PRIMARY KEY (code, version))"),
    };
    // Disputes and re-assessments as asked for, care dispatch (派单) and the care plan: each
    // scoped by the person. Every statement of this migration stays in this one object.
    Migration v2{QStringLiteral("assessments"), 2, QStringLiteral("requests, care dispatch, care plans"), {}, {}, {}};
    v2.statements = QStringList{
        // A dispute (复评, about a delivered conclusion's task) or a re-assessment (重新评估: on
        // request, or by the office after spot checks) and the task it handed over.
        QStringLiteral("CREATE TABLE assessment_requests (id TEXT PRIMARY KEY, person_no TEXT NOT NULL REFERENCES "
                       "persons (person_no), kind TEXT NOT NULL CHECK (kind IN ('DISPUTE', 'REASSESS')), reason TEXT "
                       "NOT NULL CHECK (reason IN ('DISPUTE', 'REQUEST', 'SPOT_CHECK')), about_task TEXT, received_on "
                       "TEXT NOT NULL, note TEXT, task_id TEXT NOT NULL REFERENCES assessment_tasks (id), recorded_by "
                       "TEXT NOT NULL, recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assessment_requests_by_day ON assessment_requests (received_on, person_no)"),
        // The service form and the designated institution the person chose (seed 004 §15),
        // under the conclusion in force on the day.
        QStringLiteral("CREATE TABLE care_dispatches (id TEXT PRIMARY KEY, person_no TEXT NOT NULL REFERENCES persons "
                       "(person_no), conclusion_on TEXT NOT NULL, level INTEGER NOT NULL, service_form TEXT NOT NULL, "
                       "institution_code TEXT NOT NULL REFERENCES institutions (code), dispatched_on TEXT NOT NULL, "
                       "dispatched_by TEXT NOT NULL, recorded_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX care_dispatches_by_person ON care_dispatches (person_no, dispatched_on)"),
        // The care plan of a dispatch (seed 004 §16): the service items with their frequency and
        // duration, the plan's period, and who confirmed it (the person or a guardian) and when.
        QStringLiteral("CREATE TABLE care_plans (id TEXT PRIMARY KEY, dispatch_id TEXT NOT NULL REFERENCES "
                       "care_dispatches (id), person_no TEXT NOT NULL REFERENCES persons (person_no), items TEXT NOT "
                       "NULL, plan_from TEXT NOT NULL, plan_to TEXT NOT NULL, confirmed_by TEXT NOT NULL, confirmer "
                       "TEXT NOT NULL CHECK (confirmer IN ('PERSON', 'GUARDIAN', 'AGENT')), confirmed_on TEXT NOT "
                       "NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, row_version INTEGER NOT NULL "
                       "DEFAULT 0)"),
        QStringLiteral("CREATE INDEX care_plans_by_dispatch ON care_plans (dispatch_id, plan_from)"),
    };
    // Evidence of an assessment (evidencecommands.h): photos and video on the blob channel (the
    // file named by its SHA-256 in `blob`), and notes.
    Migration v3{QStringLiteral("assessments"), 3, QStringLiteral("evidence: photos, video, notes"), {}, {}, {}};
    v3.statements = QStringList{
        QStringLiteral("CREATE TABLE assessment_evidence (id TEXT PRIMARY KEY, task_id TEXT NOT NULL REFERENCES "
                       "assessment_tasks (id), seq INTEGER NOT NULL, person_no TEXT NOT NULL REFERENCES persons "
                       "(person_no), kind TEXT NOT NULL CHECK (kind IN ('PHOTO', 'VIDEO', 'NOTE')), file_name TEXT, "
                       "media_type TEXT, blob TEXT, bytes INTEGER, note TEXT, attached_by TEXT NOT NULL, attached_at "
                       "TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assessment_evidence_by_task ON assessment_evidence (task_id, seq)"),
    };
    // The dispatches made before core migration 9 become the care assignments the settlement
    // rules read (care.dispatch writes both from then on).
    Migration v4{QStringLiteral("assessments"), 4, QStringLiteral("care dispatches as care assignments"), {}, {}, {}};
    v4.statements = QStringList{
        QStringLiteral("INSERT INTO care_assignments (id, person_no, conclusion_on, service_form, institution_code, "
                       "assigned_from, recorded_at) SELECT id, person_no, conclusion_on, service_form, institution_code, "
                       "dispatched_on, recorded_at FROM care_dispatches WHERE id NOT IN (SELECT id FROM care_assignments)"),
    };
    return {v1, v2, v3, v4, worklistMigration()};
}

QList<TableDecl> assessmentTables()
{
    // Every task's rows belong to the district of its person; the instruments are shared.
    return {
        TableDecl::synced(QStringLiteral("assessment_work"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_draws"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_results"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_confirmations"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_objections"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_conflicts"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_instruments"), sharedScope()),
        TableDecl::synced(QStringLiteral("assessment_requests"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("care_dispatches"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("care_plans"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("assessment_evidence"), belongsToPerson()).withFiles({QStringLiteral("blob")}),
        TableDecl::localOnly(QStringLiteral("assessment_team_members")),  // from the draws, by triggers
    };
}

} // namespace ltc::assessments
