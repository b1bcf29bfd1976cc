#include "assessments/ui/assessmentprompts.h"

#include "assessments/ui/taskdialogs.h"
#include "core/tr.h"
#include "sdk/htmldocument.h"
#include "sdk/widgets.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ltc::assessments::ui {

bool DialogPrompts::runStep(StepDialog &dialog) { return dialog.exec() == QDialog::Accepted; }

void DialogPrompts::showDraws(QWidget *parent, const QString &html)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Draw history"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(html);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    sdk::resizeWithin(&dialog, QSize(760, 620));
    dialog.exec();
}

void DialogPrompts::showLetter(QWidget *parent, const QString &title, const QString &html)
{
    sdk::previewHtml(parent, title, html);
}

void DialogPrompts::openEvidence(QWidget *, const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }

bool writeLetterPdf(const QString &path, const QString &title, const QString &html, QString *error)
{
    return sdk::writeHtmlPdf(path, title, html, error);
}

} // namespace ltc::assessments::ui
