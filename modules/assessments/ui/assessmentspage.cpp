#include "assessments/ui/assessmentspage.h"

#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/evidencecommands.h"
#include "assessments/domain/taskpagereads.h"
#include "assessments/ui/taskdialogs.h"
#include "assessments/ui/tasksmodel.h"
#include "assessments/ui/tasktexts.h"
#include "core/tr.h"
#include "sdk/format.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ltc::assessments::ui {
namespace {
const QString kSettings = QStringLiteral("assessments/");

QDate officeToday() { return officeDate(QDateTime::currentDateTimeUtc()); }

// Evidence is attached and taken away while the task is being assessed (evidencecommands.h).
bool assessing(const QString &s) { return s == state::Accepted || s == state::Assessed || s == state::AwaitingConfirmation; }

void fillCombo(QComboBox *combo, const QString &all, const QList<NamedCode> &choices)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const NamedCode &c : choices)
        combo->addItem(c.name.isEmpty() ? c.code : QStringLiteral("%1 %2").arg(c.code, c.name), c.code);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}
} // namespace

AssessmentsPage::AssessmentsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent)
    : QWidget(parent), m_context(context), m_prompts(std::move(prompts))
{
    m_model = new TasksModel(context, this);
    buildActions();
    buildLayout();
    connect(&context, &ModuleContext::dataChanged, this, &AssessmentsPage::refresh);
    connect(m_model, &TasksModel::totalChanged, this,
            [this](qint64 total) { m_count->setText(total < 0 ? Tr::tr("counting…") : Tr::tr("%1 tasks").arg(total)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_currentId.isEmpty() && !selectTask(m_currentId))
            showCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_currentId = index.isValid() ? m_model->data(index.siblingAtColumn(0), Qt::UserRole).toString() : QString();
        showCurrent();
    });
    restoreState();
    applyFilter();
    showCurrent();
}

AssessmentsPage::~AssessmentsPage() { saveState(); }

void AssessmentsPage::buildActions()
{
    // The bars show a short word (so that both fit at 150 % on a laptop); the tooltip says the
    // whole step with its shortcut.
    const auto add = [this](const QString &name, const QString &text, const QString &shortText, const QKeySequence &keys,
                            auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("assessments.") + name);
        action->setIconText(shortText);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QString tip = text;
        tip.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')).remove(QChar(0x2026));
        if (!keys.isEmpty())
            tip += QStringLiteral(" (%1)").arg(keys.toString(QKeySequence::NativeText));
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(name, action);
    };
    add(QStringLiteral("dispatch"), Tr::tr("&Dispatch…"), Tr::tr("Dispatch"), QKeySequence(Qt::CTRL | Qt::Key_D),
        &AssessmentsPage::dispatchCurrent);
    add(QStringLiteral("redraw"), Tr::tr("Re&draw…"), Tr::tr("Redraw"), QKeySequence(), &AssessmentsPage::redrawCurrent);
    add(QStringLiteral("accept"), Tr::tr("Agency &accepts…"), Tr::tr("Accept"), QKeySequence(), &AssessmentsPage::acceptCurrent);
    add(QStringLiteral("result"), Tr::tr("&Result…"), Tr::tr("Result"), QKeySequence(Qt::CTRL | Qt::Key_R),
        &AssessmentsPage::recordResult);
    add(QStringLiteral("confirm"), Tr::tr("Expert &confirms…"), Tr::tr("Confirm"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &AssessmentsPage::confirmCurrent);
    add(QStringLiteral("objection"), Tr::tr("&Objection…"), Tr::tr("Record objection"), QKeySequence(), &AssessmentsPage::recordObjection);
    add(QStringLiteral("conclude"), Tr::tr("Co&nclude…"), Tr::tr("Conclude"), QKeySequence(), &AssessmentsPage::concludeCurrent);
    add(QStringLiteral("deliver"), Tr::tr("&Letter delivered…"), Tr::tr("Delivered"), QKeySequence(),
        &AssessmentsPage::deliverCurrent);
    add(QStringLiteral("evidence"), Tr::tr("Attach &evidence…"), Tr::tr("Evidence"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        &AssessmentsPage::attachEvidence);
    add(QStringLiteral("note"), Tr::tr("Add a no&te…"), Tr::tr("Note"), QKeySequence(), &AssessmentsPage::addNote);
    add(QStringLiteral("draws"), Tr::tr("Draw &history"), Tr::tr("Draws"), QKeySequence(Qt::CTRL | Qt::Key_H),
        &AssessmentsPage::showDraws);
    add(QStringLiteral("letter"), Tr::tr("&Print letter…"), Tr::tr("Print"), QKeySequence(QKeySequence::Print),
        &AssessmentsPage::printLetter);
    add(QStringLiteral("pdf"), Tr::tr("Letter as P&DF…"), Tr::tr("PDF"), QKeySequence(), &AssessmentsPage::exportLetterPdf);
}

void AssessmentsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_state = sdk::filterCombo(QStringLiteral("assessmentsState"), Tr::tr("All states"), 14, this);
    m_state->addItem(Tr::tr("All states"), QString());
    for (const QString &code : stateFilterCodes())
        m_state->addItem(stateTitle(code), code);
    m_agency = sdk::filterCombo(QStringLiteral("assessmentsAgency"), Tr::tr("All agencies"), 14, this);
    m_assessor = sdk::filterCombo(QStringLiteral("assessmentsAssessor"), Tr::tr("All assessors"), 12, this);
    fillChoices();
    m_overdue = new QCheckBox(Tr::tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("assessmentsOverdue"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("assessmentsCount"));
    for (QWidget *widget : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_agency),
                            static_cast<QWidget *>(m_assessor), static_cast<QWidget *>(m_overdue)})
        filters->addWidget(widget);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    for (QComboBox *combo : {m_state, m_agency, m_assessor})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssessmentsPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &AssessmentsPage::applyFilter);

    // The steps above the list; what concerns the chosen task's panel (its evidence, draws and
    // letter) above the panel, so that neither bar overflows on a laptop at 150 %.
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"dispatch", "redraw", "accept", "result", "confirm", "objection", "conclude", "deliver"})
        tools->addAction(m_actions.value(QString::fromLatin1(name)));
    layout->addWidget(tools);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("assessmentsSplitter"));
    m_view = sdk::worklistView(QStringLiteral("assessmentsTable"), m_splitter);
    m_view->setModel(m_model);
    sdk::addColumnMenu(m_view);
    sdk::setColumnWidths(m_view, {70, 115, 70, 110, 100, 150, 90, 90, 80, 50});
    auto *panel = new QWidget(m_splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *panelTools = new QToolBar(panel);
    panelTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"evidence", "note", "draws", "letter", "pdf"})
        panelTools->addAction(m_actions.value(QString::fromLatin1(name)));
    panelLayout->addWidget(panelTools);
    // The splitter never squeezes the panel below its bar (at 150 % the list gives way).
    panel->setMinimumWidth(panelTools->sizeHint().width());
    m_detail = new QTextBrowser(panel);
    panelLayout->addWidget(m_detail, 1);
    m_detail->setObjectName(QStringLiteral("assessmentDetail"));
    m_detail->setOpenLinks(false);  // evidence:<id> links open the file
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("evidence"))
            openEvidence(url.path());
        else if (url.scheme() == QLatin1String("remove-evidence"))
            removeEvidence(url.path());
    });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
}

void AssessmentsPage::fillChoices()
{
    QSqlDatabase db = m_context.readConnection();
    fillCombo(m_agency, Tr::tr("All agencies"), assessmentAgencies(db));
    fillCombo(m_assessor, Tr::tr("All assessors"), assessmentStaff(db, false));
}

void AssessmentsPage::applyFilter()
{
    TaskFilter filter;
    filter.state = m_state->currentData().toString();
    filter.agency = m_agency->currentData().toString();
    filter.assessor = m_assessor->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setToday(officeToday());
    m_model->setFilter(filter);
}

void AssessmentsPage::refresh()
{
    fillChoices();
    m_model->setToday(officeToday());
    m_model->refresh();
    showCurrent();
}

bool AssessmentsPage::selectTask(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<Task> AssessmentsPage::currentTask() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_context.readConnection();
    return findTask(db, m_currentId);
}

QString AssessmentsPage::detailText() const { return m_detail->toPlainText(); }

TaskPanel AssessmentsPage::panelOf(const Task &task) const
{
    QSqlDatabase db = m_context.readConnection();
    TaskPanel panel;
    panel.task = task;
    if (task.work) {
        if (const std::optional<InstitutionRecord> agency = findInstitution(db, task.work->agencyCode))
            panel.agencyName = agency->name;
    }
    panel.draws = drawsOf(db, task.record.id);
    panel.result = resultDetailOf(db, task.record.id);
    if (panel.result)
        panel.instrument = instrumentFor(db, panel.result->instrumentCode, panel.result->instrumentVersion);
    panel.confirmations = confirmationsOf(db, task.record.id);
    panel.confirmationsNeeded = termsFor(db, task.person.district, officeToday()).expertConfirmations;
    panel.objections = objectionsOf(db, task.record.id);
    panel.evidence = evidenceOf(db, task.record.id);
    panel.evidenceRemovable = mayHandle() && assessing(task.record.state);
    for (const StoredDraw &draw : panel.draws) {
        for (const QJsonValue &c : draw.candidates) {
            const QString staffNo = c.toObject().value(QStringLiteral("staff_no")).toString();
            if (!panel.staffNames.contains(staffNo))
                panel.staffNames.insert(staffNo, staffName(db, staffNo));
        }
    }
    return panel;
}

void AssessmentsPage::showCurrent()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(Tr::tr("Choose a task. Accepted applications arrive here to be dispatched.").toHtmlEscaped()));
    else
        m_detail->setHtml(taskHtml(panelOf(*task)));
    updateActions();
}

void AssessmentsPage::updateActions()
{
    const std::optional<Task> task = currentTask();
    const QString s = task ? task->record.state : QString();
    const bool staff = mayHandle();
    const bool delivered = task && task->work && task->work->deliveredOn.isValid();
    const auto enable = [this](const char *name, bool on) { m_actions.value(QString::fromLatin1(name))->setEnabled(on); };
    enable("dispatch", staff && s == state::ToDispatch);
    enable("redraw", staff && (s == state::Dispatched || s == state::Accepted));
    enable("accept", staff && s == state::Dispatched);
    enable("result", staff && s == state::Accepted);
    enable("confirm", staff && (s == state::Assessed || s == state::AwaitingConfirmation));
    enable("objection", staff && s == state::InPublication);
    enable("conclude", staff && (s == state::InPublication || s == state::Confirmed));
    enable("deliver", staff && s == state::Concluded && !delivered);
    enable("evidence", staff && assessing(s));
    enable("note", staff && assessing(s));
    enable("draws", task && task->work.has_value());
    enable("letter", s == state::Concluded);
    enable("pdf", s == state::Concluded);
}

QAction *AssessmentsPage::action(const QString &name) const { return m_actions.value(name); }

bool AssessmentsPage::mayHandle() const
{
    return m_context.user().hasRole(Role::Handler) || m_context.user().hasRole(Role::Admin);
}

bool AssessmentsPage::runStep(StepDialog *dialog, const QString &done)
{
    const std::unique_ptr<StepDialog> owned(dialog);
    if (!m_prompts->runStep(*dialog))
        return false;
    m_context.showStatus(done);
    refresh();
    return true;
}

bool AssessmentsPage::dispatchCurrent()
{
    const std::optional<Task> task = currentTask();
    if (!task || !runStep(dispatchDialog(m_context, *task, this), Tr::tr("Dispatched: the team is drawn.")))
        return false;
    if (const std::optional<Task> dispatched = currentTask())
        m_prompts->showDraws(this, drawsHtml(panelOf(*dispatched)));
    return true;
}

bool AssessmentsPage::redrawCurrent()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(redrawDialog(m_context, *task, this), Tr::tr("Redrawn: the new team and its reason are recorded."));
}

bool AssessmentsPage::acceptCurrent()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(agencyAcceptDialog(m_context, *task, this), Tr::tr("The agency has accepted the task."));
}

bool AssessmentsPage::recordResult()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        return false;
    QSqlDatabase db = m_context.readConnection();
    const std::optional<Instrument> instrument =
        instrumentFor(db, termsFor(db, task->person.district, officeToday()).instrument);
    if (!instrument) {
        m_prompts->error(this, Tr::tr("Assessment result"), Tr::tr("The policy's instrument is not loaded."));
        return false;
    }
    return runStep(new ResultDialog(m_context, *task, *instrument, this), Tr::tr("Result recorded: the experts confirm it next."));
}

bool AssessmentsPage::confirmCurrent()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(confirmDialog(m_context, *task, this), Tr::tr("Confirmation recorded."));
}

bool AssessmentsPage::recordObjection()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(objectionDialog(m_context, *task, this), Tr::tr("Objection recorded."));
}

bool AssessmentsPage::concludeCurrent()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(concludeDialog(m_context, *task, this), Tr::tr("Concluded: print the letter and deliver it."));
}

bool AssessmentsPage::deliverCurrent()
{
    const std::optional<Task> task = currentTask();
    return task && runStep(deliverDialog(m_context, *task, this), Tr::tr("Delivered: the dispute window is open."));
}

bool AssessmentsPage::run(const QString &command, const QJsonObject &args, const QString &done)
{
    const CommandOutcome outcome = m_context.execute(command, args);
    if (!outcome.ok()) {
        m_prompts->error(this, Tr::tr("Not done"), outcome.error->message);
        return false;
    }
    m_context.showStatus(done);
    refresh();
    return true;
}

// A photo or a video from the visit: kept under its digest here, it goes ahead on the blob
// channel at the next sync; its kind from the file's name (the command checks the content).
bool AssessmentsPage::attachEvidence()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        return false;
    const QString path = m_prompts->openFile(this, Tr::tr("Attach evidence"),
                                             Tr::tr("Photos and video (*.jpg *.jpeg *.png *.mp4 *.mov)"), QStringLiteral("evidence"));
    if (path.isEmpty())
        return false;
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    const bool video = suffix == QLatin1String("mp4") || suffix == QLatin1String("mov");
    if (file.size() > (video ? kMaxVideoBytes : kMaxPhotoBytes)) {
        m_prompts->error(this, Tr::tr("Attach evidence"),
                         Tr::tr("%1 is larger than %2 MiB").arg(file.fileName()).arg((video ? kMaxVideoBytes : kMaxPhotoBytes) >> 20));
        return false;
    }
    QString error;
    const std::optional<QString> blob = m_context.keepFile(path, &error);
    if (!blob) {
        m_prompts->error(this, Tr::tr("Attach evidence"), error);
        return false;
    }
    return run(QStringLiteral("assessment.attach_evidence"),
               {{QStringLiteral("id"), task->record.id},
                {QStringLiteral("evidence_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("kind"), video ? evidence_kind::Video : evidence_kind::Photo},
                {QStringLiteral("file_name"), file.fileName()},
                {QStringLiteral("blob"), *blob},
                {QStringLiteral("bytes"), file.size()}},
               Tr::tr("Evidence attached: it goes to the server at the next sync."));
}

bool AssessmentsPage::addNote()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        return false;
    const std::optional<QString> note = m_prompts->reason(this, Tr::tr("Add a note"), Tr::tr("What was seen on the visit:"));
    if (!note)
        return false;
    return run(QStringLiteral("assessment.attach_evidence"),
               {{QStringLiteral("id"), task->record.id},
                {QStringLiteral("evidence_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("kind"), evidence_kind::Note},
                {QStringLiteral("note"), *note}},
               Tr::tr("Note kept with the task."));
}

// A file opens from a copy named as it was attached (the kept file is named by its digest), so
// that the viewer knows its kind.
bool AssessmentsPage::openEvidence(const QString &evidenceId)
{
    QSqlDatabase db = m_context.readConnection();
    const std::optional<EvidenceRow> evidence = findEvidence(db, evidenceId);
    if (!evidence || evidence->blob.isEmpty())
        return false;
    const QString kept = m_context.keptFile(evidence->blob);
    if (kept.isEmpty()) {
        m_prompts->error(this, Tr::tr("Open evidence"),
                         Tr::tr("%1 has not reached this computer yet; the next sync brings it.").arg(evidence->fileName));
        return false;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("ltcdesk-evidence/") + evidence->blob.left(16));
    const QString copy = QDir(folder).filePath(QFileInfo(evidence->fileName).fileName());
    if (!QFileInfo::exists(copy) && !(QDir().mkpath(folder) && QFile::copy(kept, copy))) {
        m_prompts->error(this, Tr::tr("Open evidence"), Tr::tr("cannot copy the file to %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_prompts->openEvidence(this, copy);
    return true;
}

bool AssessmentsPage::removeEvidence(const QString &evidenceId)
{
    QSqlDatabase db = m_context.readConnection();
    const std::optional<EvidenceRow> evidence = findEvidence(db, evidenceId);
    if (!evidence)
        return false;
    const QString what = evidence->kind == QLatin1String("NOTE") ? Tr::tr("the note \"%1\"").arg(evidence->note.left(40))
                                                                 : evidence->fileName;
    if (!m_prompts->confirm(this, Tr::tr("Remove evidence"),
                            Tr::tr("Remove %1 from the task?").arg(what)))
        return false;
    return run(QStringLiteral("assessment.remove_evidence"), {{QStringLiteral("evidence_id"), evidenceId}},
               Tr::tr("Evidence removed."));
}

bool AssessmentsPage::showDraws()
{
    const std::optional<Task> task = currentTask();
    if (!task)
        return false;
    m_prompts->showDraws(this, drawsHtml(panelOf(*task)));
    return true;
}

QString AssessmentsPage::currentLetterHtml() const
{
    const std::optional<Task> task = currentTask();
    if (!task || task->record.state != state::Concluded || !task->work)
        return {};
    QSqlDatabase db = m_context.readConnection();
    const TaskPanel panel = panelOf(*task);
    LetterData letter;
    letter.office = m_context.officeName();
    letter.personName = task->person.name;
    letter.personNo = task->record.personNo;
    letter.maskedIdNumber = sdk::maskedId(task->person.idNumber);
    letter.agencyName = panel.agencyName.isEmpty() ? task->work->agencyCode : panel.agencyName;
    if (panel.result) {
        letter.level = panel.result->level;
        letter.grades = panel.result->totals;
        letter.instrumentCode = panel.result->instrumentCode;
        letter.instrumentVersion = panel.result->instrumentVersion;
        letter.instrumentName = panel.instrument ? panel.instrument->name : panel.result->instrumentCode;
        for (const IndicatorResult &g : letter.grades) {
            const Indicator *indicator = panel.instrument ? panel.instrument->indicator(g.code) : nullptr;
            letter.indicatorNames << (indicator ? indicator->name : g.code);
        }
    }
    letter.concludedOn = task->work->concludedOn;
    letter.validUntil = task->work->validUntil;
    letter.deliveredOn = task->work->deliveredOn;
    letter.disputeUntil = task->work->disputeUntil;
    letter.disputeWorkingDays = termsFor(db, task->person.district, task->work->concludedOn).disputeWorkingDays;
    return letterHtml(letter);
}

bool AssessmentsPage::printLetter()
{
    const QString html = currentLetterHtml();
    if (html.isEmpty())
        return false;
    m_prompts->showLetter(this, letterTitle(), html);
    return true;
}

bool AssessmentsPage::exportLetterPdf()
{
    const QString html = currentLetterHtml();
    if (html.isEmpty())
        return false;
    const QString path = m_prompts->saveFile(this, Tr::tr("Letter as PDF"), letterTitle() + QStringLiteral(".pdf"),
                                             Tr::tr("PDF (*.pdf)"), QStringLiteral("letters"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writeLetterPdf(path, letterTitle(), html, &error)) {
        m_prompts->error(this, Tr::tr("Letter as PDF"), error);
        return false;
    }
    m_context.showStatus(Tr::tr("Letter written to %1").arg(path));
    return true;
}

void AssessmentsPage::restoreState()
{
    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(kSettings + QStringLiteral("header")).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSettings + QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({860, 400});
}

void AssessmentsPage::saveState() const
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("splitter"), m_splitter->saveState());
}

} // namespace ltc::assessments::ui
