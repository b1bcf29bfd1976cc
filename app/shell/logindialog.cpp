#include "logindialog.h"

#include "users.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ltc {
namespace {
const QString kLastUserKey = QStringLiteral("login/lastUser");
}

LoginDialog::LoginDialog(const LocalUsers &users, const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_users(users)
{
    setWindowTitle(tr("Sign in — LTC Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(createForm());

    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("loginDatabase"));
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setContentsMargins(24, 4, 24, 16);
    layout->addWidget(database);
    setFixedWidth(440);

    m_username->setText(QSettings().value(kLastUserKey).toString());
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
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
    auto *subtitle = new QLabel(tr("LTC Desk · offline sign-in with your local account"), header);
    subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    titles->addWidget(title);
    titles->addWidget(subtitle);
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

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username = new QLineEdit(body);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. handler"));
    m_username->setClearButtonEnabled(true);
    m_password = new QLineEdit(body);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    column->addLayout(form);

    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->hide();
    column->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(body);
    // Named before it joins the button box, which polishes it: the style sheet matches by name.
    m_signIn = new QPushButton(tr("Sign in"), body);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);  // Enter in either field signs in
    m_signIn->setMinimumWidth(96);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    cancel->setIcon(QIcon());  // Fusion's red cross looks like an error next to a plain button
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addSpacing(4);
    column->addWidget(buttons);
    return body;
}

void LoginDialog::showDemoNotice(const QStringList &usernames, const QString &password)
{
    m_notice->setText(tr("This is a new demo database with invented data. Sign in as one of: %1. "
                         "Every demo user has the password %2.")
                          .arg(usernames.join(tr(", ")), password));
    m_notice->show();
    adjustSize();
}

void LoginDialog::signIn()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    // The Argon2id check is deliberately slow (a fraction of a second): say so with the cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_user = m_users.verify(username, m_password->text());
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

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ltc
