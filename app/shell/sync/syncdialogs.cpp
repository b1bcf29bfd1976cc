#include "syncdialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ltc {

ServerSettingsDialog::ServerSettingsDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setWindowTitle(tr("Server and sign-in"));
    const SyncController::Settings settings = controller.settings();
    m_server = new QLineEdit(settings.server, this);
    m_server->setPlaceholderText(QStringLiteral("https://ltc.example.gov.cn:8443"));
    m_username = new QLineEdit(settings.username, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Needed to sign in the first time"));
    m_caFile = new QLineEdit(settings.caFile, this);
    m_caFile->setPlaceholderText(tr("Optional: the district's own CA certificate (PEM)"));
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setChecked(settings.rememberPassword);
    m_interval = new QSpinBox(this);
    m_interval->setRange(30, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.intervalSeconds);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("CA certificate:"), m_caFile);
    form->addRow(tr("Synchronise every:"), m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ServerSettingsDialog::accept()
{
    const QString server = SyncController::serverAddress(m_server->text());
    if (server.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The server address must look like https://host:port"));
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter your user name on the server"));
        return;
    }
    SyncController::Settings settings;
    settings.server = server;
    settings.username = m_username->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.rememberPassword = m_remember->isChecked();
    settings.intervalSeconds = m_interval->value();
    m_controller.setSettings(settings);
    if (!m_password->text().isEmpty())
        m_controller.signIn(m_password->text(), settings.rememberPassword);
    else
        m_controller.syncNow();
    QDialog::accept();
}

ConflictsDialog::ConflictsDialog(SyncController &controller, QWidget *parent) : QDialog(parent), m_controller(controller)
{
    setWindowTitle(tr("Refused by the server"));
    auto *intro = new QLabel(tr("These changes were made here but refused by the server, which is the authority. "
                                "Your screens show the server's data; redo a change if it is still needed."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Made at"), tr("By"), tr("Command"), tr("What the server said")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<RejectedCommand> rejected = controller.rejectedCommands();
    m_table->setRowCount(int(rejected.size()));
    for (int row = 0; row < rejected.size(); ++row) {
        const RejectedCommand &r = rejected.at(row);
        const QStringList cells{QString::number(r.seq), r.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                r.username, r.command, r.message};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export unsent changes…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ConflictsDialog::exportPending);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
}

int ConflictsDialog::rowCount() const { return m_table->rowCount(); }

void ConflictsDialog::exportPending()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export unsent changes"), QStringLiteral("ltcdesk-unsent.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_controller.exportPending(path, &error))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, error));
}

} // namespace ltc
