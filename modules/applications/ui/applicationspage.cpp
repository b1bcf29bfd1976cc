#include "applications/ui/applicationspage.h"

#include "applications/domain/applicationnotices.h"
#include "applications/domain/applicationscans.h"
#include "applications/ui/applicationsmodel.h"
#include "applications/ui/applicationtexts.h"
#include "applications/ui/noticeprinting.h"
#include "core/tr.h"
#include "sdk/format.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ltc::applications::ui {
namespace {
const QString kSettings = QStringLiteral("applications/");

QDate officeToday() { return officeDate(QDateTime::currentDateTimeUtc()); }

QComboBox *choices(const QString &name, const QString &all, const QStringList &codes,
                   const std::function<QString(const QString &)> &title, QWidget *parent)
{
    QComboBox *combo = sdk::filterCombo(name, all, 12, parent);
    combo->addItem(all, QString());
    for (const QString &code : codes)
        combo->addItem(title(code), code);
    return combo;
}
} // namespace

ApplicationsPage::ApplicationsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent)
    : QWidget(parent), m_context(context), m_prompts(std::move(prompts))
{
    m_model = new ApplicationsModel(context, this);
    buildActions();
    buildLayout();
    connect(&context, &ModuleContext::dataChanged, this, &ApplicationsPage::refresh);
    connect(m_model, &ApplicationsModel::totalChanged, this,
            [this](qint64 total) { m_count->setText(total < 0 ? Tr::tr("counting…") : Tr::tr("%1 applications").arg(total)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_currentId.isEmpty() && !selectApplication(m_currentId))
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

ApplicationsPage::~ApplicationsPage() { saveState(); }

void ApplicationsPage::buildActions()
{
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("applications.") + name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(name, action);
    };
    add(QStringLiteral("new"), Tr::tr("&New application…"), QKeySequence(Qt::CTRL | Qt::Key_N), &ApplicationsPage::newApplication);
    add(QStringLiteral("accept"), Tr::tr("&Accept"), QKeySequence(Qt::CTRL | Qt::Key_Return), &ApplicationsPage::acceptCurrent);
    add(QStringLiteral("request"), Tr::tr("Request &missing materials…"), QKeySequence(Qt::CTRL | Qt::Key_M), &ApplicationsPage::requestMaterials);
    add(QStringLiteral("receive"), Tr::tr("Materials &arrived"), QKeySequence(), &ApplicationsPage::receiveMaterials);
    add(QStringLiteral("refuse"), Tr::tr("&Refuse…"), QKeySequence(), &ApplicationsPage::refuseCurrent);
    add(QStringLiteral("attach"), Tr::tr("Attach a &scan…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &ApplicationsPage::attachScan);
    add(QStringLiteral("notice"), Tr::tr("&Print notice…"), QKeySequence(QKeySequence::Print), &ApplicationsPage::printNotice);
    add(QStringLiteral("pdf"), Tr::tr("Notice as P&DF…"), QKeySequence(), &ApplicationsPage::exportNoticePdf);
}

void ApplicationsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_status = choices(QStringLiteral("applicationsStatus"), Tr::tr("All states"), allStatuses(), statusTitle, this);
    m_kind = choices(QStringLiteral("applicationsKind"), Tr::tr("All kinds"), allKinds(), kindTitle, this);
    m_channel = choices(QStringLiteral("applicationsChannel"), Tr::tr("All channels"), allChannels(), channelTitle, this);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("applicationsPerson"));
    m_person->setPlaceholderText(Tr::tr("Name, person number or ID number"));
    m_person->setClearButtonEnabled(true);
    m_handler = sdk::filterCombo(QStringLiteral("applicationsHandler"), Tr::tr("All handlers"), 10, this);
    fillHandlers();
    m_receivedFrom = receivedBound(QStringLiteral("applicationsReceivedFrom"), Tr::tr("received from any day"));
    m_receivedTo = receivedBound(QStringLiteral("applicationsReceivedTo"), Tr::tr("to any day"));
    m_count = new QLabel(this);
    for (QWidget *widget : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_channel),
                            static_cast<QWidget *>(m_handler), static_cast<QWidget *>(m_receivedFrom),
                            static_cast<QWidget *>(m_receivedTo)})
        filters->addWidget(widget);
    filters->addWidget(m_person, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    for (QComboBox *combo : {m_status, m_kind, m_channel, m_handler})
        connect(combo, &QComboBox::currentIndexChanged, this, &ApplicationsPage::applyFilter);
    for (QDateEdit *edit : {m_receivedFrom, m_receivedTo})
        connect(edit, &QDateEdit::dateChanged, this, &ApplicationsPage::applyFilter);
    connect(m_person, &QLineEdit::returnPressed, this, &ApplicationsPage::applyFilter);
    connect(m_person, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"new", "accept", "request", "receive", "refuse", "attach", "notice", "pdf"})
        tools->addAction(m_actions.value(QString::fromLatin1(name)));
    layout->addWidget(tools);

    m_splitter = new QSplitter(this);
    m_view = sdk::worklistView(QStringLiteral("applicationsTable"), m_splitter);
    m_view->setModel(m_model);
    sdk::addColumnMenu(m_view);
    sdk::setColumnWidths(m_view, {80, 110, 90, 80, 80, 90, 90, 100, 80});
    m_detail = new QTextBrowser(m_splitter);
    m_detail->setObjectName(QStringLiteral("applicationDetail"));
    m_detail->setOpenLinks(false);  // scan:<id> links open the scan
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("scan"))
            openScan(url.path());
    });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    layout->addWidget(m_splitter, 1);
}

void ApplicationsPage::applyFilter()
{
    ApplicationFilter filter;
    filter.status = m_status->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    filter.person = m_person->text().trimmed();
    filter.handler = m_handler->currentData().toString();
    for (auto [edit, bound] : {std::pair{m_receivedFrom, &filter.receivedFrom}, std::pair{m_receivedTo, &filter.receivedTo}})
        *bound = edit->date() == edit->minimumDate() ? QDate() : edit->date();
    m_model->setToday(officeToday());
    m_model->setFilter(filter);
}

// A bound of the received-date range: its lowest value (shown as `none`) means no bound, so the
// field is cleared by stepping down past the first day or by typing it away.
QDateEdit *ApplicationsPage::receivedBound(const QString &name, const QString &none)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(none);
    edit->setDate(edit->minimumDate());
    edit->setToolTip(Tr::tr("Received-date range; the lowest value means no bound"));
    return edit;
}

void ApplicationsPage::fillHandlers()
{
    const QString chosen = m_handler->currentData().toString();
    const QSignalBlocker quiet(m_handler);
    m_handler->clear();
    m_handler->addItem(Tr::tr("All handlers"), QString());
    QSqlDatabase db = m_context.readConnection();
    for (const QString &handler : applicationHandlers(db))
        m_handler->addItem(handler, handler);
    m_handler->setCurrentIndex(std::max(0, m_handler->findData(chosen)));
}

void ApplicationsPage::refresh()
{
    // The handlers were read when the page opened (a walk of the handler index); one who acted
    // since is the user of this desktop.
    if (m_handler->findData(m_context.user().username) < 0 && m_context.user().hasAnyRole(roleIds({Role::Handler, Role::Admin})))
        m_handler->addItem(m_context.user().username, m_context.user().username);
    m_model->refresh();
}

bool ApplicationsPage::selectApplication(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<Application> ApplicationsPage::currentApplication() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_context.readConnection();
    return findApplication(db, m_currentId);
}

QString ApplicationsPage::detailText() const { return m_detail->toPlainText(); }

void ApplicationsPage::showCurrent()
{
    const std::optional<Application> application = currentApplication();
    if (!application) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(Tr::tr("Choose an application, or press Ctrl+N for a new one at the counter.").toHtmlEscaped()));
    } else {
        QSqlDatabase db = m_context.readConnection();
        m_detail->setHtml(applicationHtml(*application, materialsOf(db, application->id), scansOf(db, application->id),
                                          hintsFor(db, *application), historyOf(db, application->id)));
    }
    updateActions();
}

void ApplicationsPage::updateActions()
{
    const std::optional<Application> application = currentApplication();
    const QString state = application ? application->status : QString();
    const bool staff = m_context.user().hasRole(Role::Handler) || m_context.user().hasRole(Role::Admin);
    m_actions.value(QStringLiteral("new"))->setEnabled(staff);
    m_actions.value(QStringLiteral("accept"))->setEnabled(staff && state == status::Received);
    m_actions.value(QStringLiteral("request"))->setEnabled(staff && state == status::Received);
    m_actions.value(QStringLiteral("receive"))->setEnabled(staff && state == status::AwaitingMaterials);
    m_actions.value(QStringLiteral("refuse"))->setEnabled(staff && isOpen(state));
    m_actions.value(QStringLiteral("attach"))->setEnabled(staff && isOpen(state));
    m_actions.value(QStringLiteral("notice"))->setEnabled(application.has_value());
    m_actions.value(QStringLiteral("pdf"))->setEnabled(application.has_value());
}

QAction *ApplicationsPage::action(const QString &name) const { return m_actions.value(name); }

bool ApplicationsPage::run(const QString &command, const QJsonObject &args, const QString &done)
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

bool ApplicationsPage::newApplication()
{
    const std::optional<QString> id = m_prompts->intake(this, m_context);
    if (!id)
        return false;
    m_currentId = *id;
    m_context.showStatus(Tr::tr("Application submitted."));
    refresh();
    return true;
}

bool ApplicationsPage::acceptCurrent()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    QSqlDatabase db = m_context.readConnection();
    const QList<EligibilityHint> hints = hintsFor(db, *application);
    if (!hints.isEmpty()) {
        QStringList texts;
        for (const EligibilityHint &hint : hints)
            texts << hint.text;
        if (!m_prompts->confirm(this, Tr::tr("Accept the application"),
                                Tr::tr("Before deciding:\n%1\n\nAccept all the same?").arg(texts.join(QLatin1Char('\n')))))
            return false;
    }
    return run(QStringLiteral("application.accept"), {{QStringLiteral("id"), application->id}},
               Tr::tr("Accepted: the assessment task is handed over."));
}

bool ApplicationsPage::requestMaterials()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    QSqlDatabase db = m_context.readConnection();
    const std::optional<MaterialsRequest> request = m_prompts->requestMaterials(this, materialsOf(db, application->id));
    if (!request)
        return false;
    QJsonObject args{{QStringLiteral("id"), application->id}, {QStringLiteral("items"), QJsonArray::fromStringList(request->items)}};
    if (!request->note.isEmpty())
        args.insert(QStringLiteral("note"), request->note);
    return run(QStringLiteral("application.request_materials"), args,
               Tr::tr("Missing materials requested: the clock stops until they arrive."));
}

bool ApplicationsPage::receiveMaterials()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    return run(QStringLiteral("application.receive_materials"),
               {{QStringLiteral("id"), application->id}, {QStringLiteral("received_on"), officeToday().toString(Qt::ISODate)}},
               Tr::tr("Materials received: the clock runs again."));
}

bool ApplicationsPage::refuseCurrent()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    QSqlDatabase db = m_context.readConnection();
    const std::optional<Refusal> refusal = m_prompts->refusal(this, hintsFor(db, *application));
    if (!refusal)
        return false;
    return run(QStringLiteral("application.refuse"),
               {{QStringLiteral("id"), application->id}, {QStringLiteral("reason"), refusal->reason},
                {QStringLiteral("text"), refusal->text}},
               Tr::tr("Refused."));
}

bool ApplicationsPage::attachScan()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    const QString path = m_prompts->openFile(this, Tr::tr("Attach a scan"), Tr::tr("Scans (*.pdf *.jpg *.jpeg)"),
                                             QStringLiteral("scans"));
    if (path.isEmpty())
        return false;
    const QFileInfo file(path);
    if (file.size() > kMaxScanBytes) {
        m_prompts->error(this, Tr::tr("Attach a scan"),
                         Tr::tr("%1 is larger than %2 MiB").arg(file.fileName()).arg(kMaxScanBytes >> 20));
        return false;
    }
    QSqlDatabase db = m_context.readConnection();
    const std::optional<QString> item = m_prompts->scanItem(this, materialsOf(db, application->id));
    if (!item)
        return false;
    QString error;
    const std::optional<QString> blob = m_context.keepFile(path, &error);
    if (!blob) {
        m_prompts->error(this, Tr::tr("Attach a scan"), error);
        return false;
    }
    QJsonObject args{{QStringLiteral("id"), application->id},
                     {QStringLiteral("scan_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("file_name"), file.fileName()},
                     {QStringLiteral("blob"), *blob},
                     {QStringLiteral("bytes"), file.size()}};
    if (!item->isEmpty())
        args.insert(QStringLiteral("material_code"), *item);
    return run(QStringLiteral("application.attach_scan"), args, Tr::tr("Scan attached: it goes to the server at the next sync."));
}

// A scan opens from a copy named as it was attached (the kept file is named by its digest), so
// that the viewer knows its kind and the user sees its name.
bool ApplicationsPage::openScan(const QString &scanId)
{
    QSqlDatabase db = m_context.readConnection();
    const std::optional<ScanRecord> scan = findScan(db, scanId);
    if (!scan)
        return false;
    const QString kept = m_context.keptFile(scan->blob);
    if (kept.isEmpty()) {
        m_prompts->error(this, Tr::tr("Open a scan"),
                         Tr::tr("%1 has not reached this computer yet; the next sync brings it.").arg(scan->fileName));
        return false;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("ltcdesk-scans/") + scan->blob.left(16));
    const QString copy = QDir(folder).filePath(QFileInfo(scan->fileName).fileName());
    if (!QFileInfo::exists(copy) && !(QDir().mkpath(folder) && QFile::copy(kept, copy))) {
        m_prompts->error(this, Tr::tr("Open a scan"), Tr::tr("cannot copy the scan to %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_prompts->openScan(this, copy);
    return true;
}

QString ApplicationsPage::currentNoticeHtml() const
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return {};
    QSqlDatabase db = m_context.readConnection();
    NoticeData notice;
    notice.kind = noticeFor(*application);
    notice.office = m_context.officeName();
    notice.application = *application;
    if (const std::optional<PersonRecord> person = findPerson(db, application->personNo)) {
        notice.personName = person->name;
        notice.maskedIdNumber = sdk::maskedId(person->idNumber);
    }
    for (const MaterialState &material : materialsOf(db, application->id)) {
        if (!material.received && material.requestedOn.isValid())
            notice.missingItems << material.name;
    }
    notice.issuedOn = officeToday();
    return noticeHtml(notice);
}

bool ApplicationsPage::printNotice()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    m_prompts->showNotice(this, noticeTitle(noticeFor(*application)), currentNoticeHtml());
    return true;
}

bool ApplicationsPage::exportNoticePdf()
{
    const std::optional<Application> application = currentApplication();
    if (!application)
        return false;
    const QString title = noticeTitle(noticeFor(*application));
    const QString path = m_prompts->saveFile(this, Tr::tr("Notice as PDF"), title + QStringLiteral(".pdf"),
                                             Tr::tr("PDF (*.pdf)"), QStringLiteral("notices"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writeNoticePdf(path, title, currentNoticeHtml(), &error)) {
        m_prompts->error(this, Tr::tr("Notice as PDF"), error);
        return false;
    }
    m_context.showStatus(Tr::tr("Notice written to %1").arg(path));
    return true;
}

void ApplicationsPage::restoreState()
{
    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(kSettings + QStringLiteral("header")).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSettings + QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({760, 420});
}

void ApplicationsPage::saveState() const
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("splitter"), m_splitter->saveState());
}

} // namespace ltc::applications::ui
