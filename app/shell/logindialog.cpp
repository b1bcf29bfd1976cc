#include "logindialog.h"

#include "localstore.h"
#include "synccontroller.h"
#include "synctransport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ltc {
namespace {
const QString kLastUserKey = QStringLiteral("login/lastUser");
// Shorter than a sync round's: the user waits in front of the dialog for this answer.
constexpr int kSignInTimeoutMs = 15000;

OnlineSignIn signInAt(LocalStore &store, const QString &server, const QString &caFile, const QString &username,
                      const QString &password)
{
    HttpTransport transport(QUrl(server), caFile, kSignInTimeoutMs);
    SyncEngine engine(store, transport);
    OnlineSignIn outcome;
    outcome.result = engine.signIn(username, password);
    outcome.server = server;
    outcome.caFile = caFile;
    outcome.token = engine.token();
    outcome.user = engine.user();
    return outcome;
}

// What the user is told when the server does not sign them in, in words they can act on.
QString onlineFailure(const OnlineSignIn &outcome)
{
    const QString detail = outcome.result.message;
    switch (outcome.result.state) {
    case SyncResult::State::SignInRequired:
        return LoginDialog::tr("Incorrect username or password, or the account is disabled or locked for a while.");
    case SyncResult::State::Offline:
        return LoginDialog::tr("Cannot reach the server %1 (%2). Check the address and the network connection.")
            .arg(outcome.server, detail);
    case SyncResult::State::Forbidden:
        return LoginDialog::tr("The server does not let this account sign in: %1").arg(detail);
    case SyncResult::State::UpgradeRequired:
        return LoginDialog::tr("The server no longer serves this version of LTC Desk: please update it.");
    case SyncResult::State::Failed:
    case SyncResult::State::Done:
        break;
    }
    return LoginDialog::tr("Sign-in failed: %1").arg(detail);
}
} // namespace

LoginDialog::LoginDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_hasLocalAccounts(!store.users().usernames().isEmpty())
{
    setWindowTitle(tr("Sign in — LTC Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(createForm());

    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(store.database().path())), this);
    database->setObjectName(QStringLiteral("loginDatabase"));
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setContentsMargins(24, 4, 24, 16);
    layout->addWidget(database);
    setFixedWidth(460);

    const SyncController::Settings sync = SyncController::storedSettings();
    m_server->setText(sync.server);
    m_caFile->setText(sync.caFile);
    m_username->setText(QSettings().value(kLastUserKey, sync.username).toString());
    connect(&m_watcher, &QFutureWatcher<OnlineSignIn>::finished, this, &LoginDialog::onlineFinished);
    setOnline(!m_hasLocalAccounts);
}

LoginDialog::~LoginDialog()
{
    m_watcher.waitForFinished();  // the sign-in writes to the store; it ends by its timeout
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

QWidget *LoginDialog::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("loginHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(24, 20, 24, 20);
    row->setSpacing(14);
    auto *icon = new QLabel(header);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    row->addWidget(icon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Long-term Care Insurance Desk"), header);
    title->setObjectName(QStringLiteral("loginTitle"));
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    row->addLayout(titles, 1);
    return header;
}

QWidget *LoginDialog::createForm()
{
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(24, 18, 24, 6);
    column->setSpacing(12);

    m_notice = new QLabel(body);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    column->addWidget(m_notice);

    m_form = new QFormLayout;
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_server = new QLineEdit(body);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://ltc.example.gov.cn:8443"));
    m_server->setClearButtonEnabled(true);
    m_username = new QLineEdit(body);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. handler"));
    m_username->setClearButtonEnabled(true);
    m_password = new QLineEdit(body);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Server address"), m_server);
    m_caRow = createCaRow(body);
    auto *caLabel = new QLabel(tr("&CA certificate"), body);
    caLabel->setBuddy(m_caFile);  // the row's field is a layout: without a buddy the & would show
    m_form->addRow(caLabel, m_caRow);
    m_form->addRow(tr("&Username"), m_username);
    m_form->addRow(tr("&Password"), m_password);
    column->addLayout(m_form);

    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->hide();
    column->addWidget(m_error);
    column->addSpacing(4);
    column->addWidget(createButtons(body));
    return body;
}

QLayout *LoginDialog::createCaRow(QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_caFile = new QLineEdit(parent);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("Optional: the district's own CA certificate (PEM)"));
    auto *browse = new QToolButton(parent);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the CA certificate file"));
    connect(browse, &QToolButton::clicked, this, &LoginDialog::chooseCaFile);
    row->addWidget(m_caFile, 1);
    row->addWidget(browse);
    return row;
}

// [switch between offline and online]   [Sign in] [Cancel]
QWidget *LoginDialog::createButtons(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_switch = new QPushButton(bar);
    m_switch->setObjectName(QStringLiteral("loginSwitch"));
    m_switch->setFlat(true);
    m_switch->setAutoDefault(false);
    m_switch->setCursor(Qt::PointingHandCursor);
    connect(m_switch, &QPushButton::clicked, this, [this] { setOnline(!m_online); });
    row->addWidget(m_switch);
    row->addStretch(1);

    auto *buttons = new QDialogButtonBox(bar);
    // Named before it joins the button box, which polishes it: the style sheet matches by name.
    m_signIn = new QPushButton(tr("Sign in"), bar);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);  // Enter in any field signs in
    m_signIn->setMinimumWidth(96);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAutoDefault(false);
    m_cancel->setIcon(QIcon());  // Fusion's red cross looks like an error next to a plain button
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    row->addWidget(buttons);
    return bar;
}

void LoginDialog::setOnline(bool online)
{
    m_online = online;
    m_subtitle->setText(online ? tr("LTC Desk · sign in with your account on the server")
                               : tr("LTC Desk · offline sign-in with your local account"));
    m_form->setRowVisible(m_server, online);
    m_form->setRowVisible(m_caRow, online);
    // Without local accounts there is nothing to sign in to offline.
    m_switch->setVisible(m_hasLocalAccounts);
    m_switch->setText(online ? tr("Sign in offline with a local account") : tr("Sign in through the server"));
    // The first start says what it is about; the demo's users are for offline sign-in only.
    if (!m_hasLocalAccounts)
        m_notice->setText(tr("This desktop has no accounts yet. Sign in with your account on the district's "
                             "server; after that you can also sign in here offline."));
    else
        m_notice->setText(online ? QString() : m_demoNotice);
    m_notice->setVisible(!m_notice->text().isEmpty());
    m_error->hide();
    QLineEdit *first = online && m_server->text().isEmpty() ? m_server
                       : m_username->text().isEmpty()       ? m_username
                                                            : m_password;
    first->setFocus();
    // After the layout has taken in the rows shown and hidden (a posted LayoutRequest): the dialog
    // shrinks to its content instead of handing the header the room they left.
    QMetaObject::invokeMethod(this, &QWidget::adjustSize, Qt::QueuedConnection);
}

void LoginDialog::showDemoNotice(const QStringList &usernames, const QString &password)
{
    m_demoNotice = tr("This is a new demo database with invented data. Sign in as one of: %1. "
                      "Every demo user has the password %2.")
                       .arg(usernames.join(tr(", ")), password);
    setOnline(m_online);
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    if (m_online)
        signInOnline(username);
    else
        signInOffline(username);
}

void LoginDialog::signInOffline(const QString &username)
{
    // The Argon2id check is deliberately slow (a fraction of a second): say so with the cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_user = m_store.users().verify(username, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!m_user) {
        showError(tr("Incorrect username or password."));
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(kLastUserKey, username);
    m_password->clear();
    accept();
}

void LoginDialog::signInOnline(const QString &username)
{
    const QString server = SyncController::serverAddress(m_server->text());
    if (server.isEmpty()) {
        showError(m_server->text().trimmed().isEmpty() ? tr("Enter the server address.")
                                                       : tr("The server address must look like https://host:port"));
        m_server->setFocus();
        return;
    }
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        showError(tr("Cannot read the CA certificate %1.").arg(QDir::toNativeSeparators(caFile)));
        m_caFile->setFocus();
        return;
    }
    // Off the UI thread: an unreachable server takes until the timeout, and the dialog should
    // still paint and show that it is waiting.
    setBusy(true);
    LocalStore &store = m_store;
    const QString password = m_password->text();
    m_watcher.setFuture(
        QtConcurrent::run([&store, server, caFile, username, password] { return signInAt(store, server, caFile, username, password); }));
}

void LoginDialog::onlineFinished()
{
    setBusy(false);
    const OnlineSignIn outcome = m_watcher.result();
    if (!outcome.result.ok()) {
        showError(onlineFailure(outcome));
        m_password->clear();
        m_password->setFocus();
        return;
    }
    // The server and user this desktop syncs with from now on (Sync › Server and sign-in).
    SyncController::Settings settings = SyncController::storedSettings();
    settings.server = outcome.server;
    settings.caFile = outcome.caFile;
    settings.username = outcome.user.username;
    SyncController::storeSettings(settings);
    QSettings().setValue(kLastUserKey, outcome.user.username);
    m_user = outcome.user;
    m_token = outcome.token;
    m_password->clear();
    accept();
}

void LoginDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_error->hide();
    } else {
        QApplication::restoreOverrideCursor();
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_server, m_caFile, m_username, m_password, m_switch, m_cancel})
        widget->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void LoginDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ltc
