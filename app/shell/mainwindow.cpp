#include "mainwindow.h"

#include "syncmenu.h"

#include "actionplaces.h"
#include "appearance.h"
#include "core/region.h"
#include "core/workcalendar.h"
#include "domainregistry.h"
#include "localstore.h"
#include "sdk/moduleplugin.h"
#include "shellcontext.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ltc {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastModuleKey = QStringLiteral("mainWindow/lastModule");
constexpr int kStatusRefreshMs = 5000;  // pending count changes also through sync and ltcctl

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setStyleSheet(QStringLiteral("color: #dde2e8;"));
    return line;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

MainWindow::MainWindow(ShellContext &context, const ModuleRegistry &modules, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_modules(modules.modulesFor(context.user()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LTC Desk — Long-term Care Insurance Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    // What the permitted modules place in the window (the shell knows nothing of what their
    // actions do), and the shell's one setting every module reads: the office on notices.
    ActionPlaces placed;
    for (const ShellModule &module : std::as_const(m_modules))
        placed.add(module.plugin->actions(m_context, this));
    placed.add({{places::Tools, createOfficeAction()}});
    row->addWidget(createNavigationPanel(placed));
    row->addWidget(createPageArea(), 1);
    setCentralWidget(central);

    createMenus(placed);
    createStatusBar();
    connect(&m_context, &ModuleContext::dataChanged, this, &MainWindow::refreshStatus);
    connect(&m_context, &ShellContext::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer.start(kStatusRefreshMs);
    restoreWindowState();
}

QWidget *MainWindow::createNavigationPanel(ActionPlaces &placed)
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(216);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 16, 0, 12);
    column->setSpacing(0);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(18, 0, 12, 14);
    brand->setSpacing(10);
    auto *icon = new QLabel(panel);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(32, 32));
    brand->addWidget(icon);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    auto *title = new QLabel(tr("LTC Handling"), panel);
    title->setObjectName(QStringLiteral("brandTitle"));
    auto *subtitle = new QLabel(QStringLiteral("LTC Desk"), panel);
    subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    names->addWidget(title);
    names->addWidget(subtitle);
    brand->addLayout(names, 1);
    column->addLayout(brand);

    auto *section = new QLabel(tr("MODULES"), panel);
    section->setObjectName(QStringLiteral("navigationSection"));
    section->setContentsMargins(20, 4, 0, 6);
    column->addWidget(section);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const ShellModule &module : std::as_const(m_modules)) {
        auto *item = new QListWidgetItem(module.icon(), module.title(), m_navigation);
        item->setData(Qt::UserRole, module.id());
        // A fixed row height: item padding in a style sheet is not honoured by every style.
        item->setSizeHint(QSize(0, 38));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_modules.size())
            openModule(m_modules.at(row).id());
    });
    column->addWidget(m_navigation, 1);
    if (QWidget *buttons = placed.takeButtons(places::Navigation, QStringLiteral("navigationActions"), panel))
        column->addWidget(buttons);

    auto *footer = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), panel);
    footer->setObjectName(QStringLiteral("navigationFooter"));
    footer->setContentsMargins(18, 0, 0, 0);
    column->addWidget(footer);
    return panel;
}

QWidget *MainWindow::createPageArea()
{
    auto *area = new QWidget(this);
    auto *column = new QVBoxLayout(area);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    auto *header = new QWidget(area);
    header->setObjectName(QStringLiteral("pageHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(24, 12, 24, 12);
    m_pageTitle = new QLabel(header);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    headerRow->addWidget(m_pageTitle, 1);
    auto *today = new QLabel(QLocale().toString(officeDate(), QLocale::LongFormat), header);
    today->setObjectName(QStringLiteral("pageSubtitle"));
    headerRow->addWidget(today);
    column->addWidget(header);

    m_stack = new QStackedWidget(area);
    m_stack->setObjectName(QStringLiteral("moduleStack"));
    if (m_modules.isEmpty())
        m_stack->addWidget(createNoModulePage());
    column->addWidget(m_stack, 1);
    return area;
}

QWidget *MainWindow::createNoModulePage()
{
    auto *label = new QLabel(tr("Your roles open no module on this desktop.\nAsk the system administrator to assign a "
                                "role, or to switch the module on."),
                             this);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

// The issuing office on every module's notices, for every user of this desktop
// (ModuleContext::officeName).
QAction *MainWindow::createOfficeAction()
{
    auto *office = new QAction(tr("Office name on notices…"), this);
    office->setObjectName(QStringLiteral("shell.office"));
    connect(office, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Office name on notices"), tr("Issuing office:"),
                                                   QLineEdit::Normal, m_context.officeName(), &ok);
        if (ok)
            ShellContext::setOfficeName(name);
    });
    return office;
}

void MainWindow::createMenus(ActionPlaces &placed)
{
    createFileMenu(placed);
    createModuleMenu();
    if (QMenu *tools = placed.takeMenu(places::Tools, tr("&Tools"), QStringLiteral("toolsMenu"), this))
        menuBar()->addMenu(tools);
    placed.takeToolBar(places::ToolBar, tr("Module tools"), QStringLiteral("moduleToolBar"), this);
    for (const QString &place : placed.untaken())
        qWarning("ltcdesk: no place \"%s\" in the main window for a module's action", qUtf8Printable(place));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), &m_context, &ModuleContext::dataChanged);
    refresh->setShortcut(QKeySequence::Refresh);  // F5
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LTC Desk"), this, &MainWindow::showAbout);
}

// File: the modules' imports and exports, then the session.
void MainWindow::createFileMenu(ActionPlaces &placed)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *imports = placed.takeMenu(places::FileImport, tr("&Import"), QStringLiteral("importMenu"), this);
    QMenu *exports = placed.takeMenu(places::FileExport, tr("&Export"), QStringLiteral("exportMenu"), this);
    for (QMenu *menu : {imports, exports}) {
        if (menu)
            file->addMenu(menu);
    }
    if (imports || exports)
        file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, [this] {
        m_signOut = true;
        close();
    });
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    QAction *exit = file->addAction(tr("E&xit"), this, &QWidget::close);
    exit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    exit->setMenuRole(QAction::QuitRole);
}

// One action per permitted module, Ctrl+1 … Ctrl+9 in navigation order.
void MainWindow::createModuleMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Modules"));
    for (int i = 0; i < m_modules.size(); ++i) {
        const ShellModule &module = m_modules.at(i);
        QAction *action = menu->addAction(module.icon(), module.title());
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = module.id();
        connect(action, &QAction::triggered, this, [this, id] { openModule(id); });
    }
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    const QString active = QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const QList<QPair<QString, QString>> choices{{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[lang, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(lang == active);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = lang] {
            rememberLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language takes effect the next time LTC Desk starts."));
        });
    }
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(false);
    m_userLabel = statusLabel(QStringLiteral("statusUser"), bar);
    m_districtLabel = statusLabel(QStringLiteral("statusDistrict"), bar);
    m_connectionLabel = statusLabel(QStringLiteral("statusConnection"), bar);
    m_pendingLabel = statusLabel(QStringLiteral("statusPending"), bar);
    m_syncLabel = statusLabel(QStringLiteral("statusLastSync"), bar);
    // There is no server yet: the desktop always works offline, commands wait in the outbox.
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:#8c959f\">&#9679;</span> ") + tr("Offline"));
    m_connectionLabel->setToolTip(tr("No server is configured: changes are kept in this computer's outbox."));
    const QList<QLabel *> labels{m_userLabel, m_districtLabel, m_connectionLabel, m_pendingLabel, m_syncLabel};
    for (int i = 0; i < labels.size(); ++i) {
        if (i > 0)
            bar->addPermanentWidget(separator(bar));
        bar->addPermanentWidget(labels.at(i));
    }
    m_userLabel->setText(userText());
    m_districtLabel->setText(districtText());
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    m_pendingLabel->setText(tr("Unsent: %1").arg(m_context.pendingCount()));
    m_syncLabel->setText(lastSyncText());
    if (m_sync) {
        QString toolTip;
        m_connectionLabel->setText(connectionText(*m_sync, &toolTip));
        m_connectionLabel->setToolTip(toolTip);
    }
}

void MainWindow::setSyncController(SyncController *controller)
{
    m_sync = controller;
    addSyncMenu(this, *controller);
    connect(controller, &SyncController::connectionChanged, this, &MainWindow::refreshStatus);
    // What arrived from the server is shown at once by every open module.
    connect(controller, &SyncController::synced, &m_context, [this](const SyncResult &result) {
        if (result.pulled > 0 || result.rejected > 0)
            emit m_context.dataChanged();
        refreshStatus();
    });
    connect(&m_context, &ShellContext::localChange, controller, &SyncController::scheduleSoon);
    refreshStatus();
}

QString MainWindow::userText() const
{
    const UserIdentity &user = m_context.user();
    QStringList titles;
    for (const QString &id : user.roles) {
        if (const std::optional<Role> role = roleFromId(id))
            titles << roleTitle(*role);
    }
    const QString name = user.displayName.isEmpty() || user.displayName == user.username
                             ? user.username
                             : tr("%1 (%2)").arg(user.displayName, user.username);
    return tr("User: %1 · %2").arg(name, titles.join(tr(", ")));
}

QString MainWindow::districtText() const
{
    const QString district = m_context.user().district;
    return isCityLevel(district) ? tr("District: %1 (city-wide)").arg(district) : tr("District: %1").arg(district);
}

QString MainWindow::lastSyncText() const
{
    const QDateTime at = QDateTime::fromString(m_context.lastSync(), Qt::ISODate);
    if (!at.isValid())
        return tr("Last sync: never");
    return tr("Last sync: %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

QStringList MainWindow::navigationIds() const
{
    QStringList ids;
    for (const ShellModule &module : m_modules)
        ids << module.id();
    return ids;
}

void MainWindow::openModule(const QString &id)
{
    const auto found = std::find_if(m_modules.cbegin(), m_modules.cend(),
                                    [&](const ShellModule &module) { return module.id() == id; });
    if (found == m_modules.cend())
        return;  // not permitted for this user, or switched off
    m_stack->setCurrentWidget(pageFor(*found));
    m_pageTitle->setText(found->title());
    m_currentId = id;
    const int row = int(std::distance(m_modules.cbegin(), found));
    if (m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row);
}

// Phase two of start-up: a module's widget is made when it is first opened.
QWidget *MainWindow::pageFor(const ShellModule &module)
{
    QWidget *&page = m_pages[module.id()];
    if (!page) {
        page = module.plugin->createWidget(m_context, m_stack);
        m_stack->addWidget(page);
    }
    return page;
}

QWidget *MainWindow::currentModuleWidget() const
{
    return m_currentId.isEmpty() ? nullptr : m_stack->currentWidget();
}

QString MainWindow::currentPageTitle() const { return m_pageTitle->text(); }

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First run: a comfortable size that fits the screen, centred.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1280, 800).boundedTo(available.size() * 0.92));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (m_modules.isEmpty())
        return;
    const QString last = settings.value(kLastModuleKey).toString();
    openModule(navigationIds().contains(last) ? last : m_modules.first().id());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (!m_currentId.isEmpty())
        settings.setValue(kLastModuleKey, m_currentId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_statusTimer.stop();
    event->accept();
    emit closed();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>LTC Desk %1</h3><p>Desktop client for long-term care insurance handling offices: applications, "
           "assessments, agreements, settlements and statistics.</p><p>Database: %2<br>Schema: %3<br>Qt %4</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_context.store().database().path()).toHtmlEscaped())
            .arg(m_context.store().schemaNumber())
            .arg(QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About LTC Desk"), text);
}

} // namespace ltc
