#include "sdk/dialogs.h"

#include "database/importer.h"
#include "sdk/prompts.h"
#include "sdk/widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ltc::sdk {

// ---- import result ------------------------------------------------------------------------

ImportResultDialog::ImportResultDialog(const QString &path, const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(tr("Import result"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = report.ok() ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *summary = new QLabel(importSummary(path, report), this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    top->addWidget(summary, 1);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QStringList errors = report.issues.formatErrors(QFileInfo(path).fileName());
    if (!errors.isEmpty()) {
        auto *text = new QPlainTextEdit(errors.join(QLatin1Char('\n')), this);
        text->setObjectName(QStringLiteral("importErrors"));
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(text, 1);
        QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyErrors"));
        connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
        resizeWithin(this, {820, 480});
    } else {
        resize(460, 160);
    }
    layout->addWidget(buttons);
}

// ---- a reason -----------------------------------------------------------------------------

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text->setObjectName(QStringLiteral("reason"));
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, tr("OK")));
    resize(460, 240);
}

QString ReasonDialog::reason() const { return m_text->toPlainText().trimmed(); }

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        showProblem(m_problem, tr("Please give a reason."));
        return;
    }
    QDialog::accept();
}

} // namespace ltc::sdk
