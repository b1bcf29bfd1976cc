#include "prompts.h"

#include "core/tr.h"
#include "settlementdialogs.h"
#include "settlementreport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace ltc::settlement::ui {
namespace {

QString folderKey(const QString &key) { return QStringLiteral("settlements/folders/") + key; }

QString rememberedFolder(const QString &key)
{
    return QSettings()
        .value(folderKey(key), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &key, const QString &file)
{
    if (!file.isEmpty())
        QSettings().setValue(folderKey(key), QFileInfo(file).absolutePath());
}
} // namespace

bool DialogPrompts::confirmAudit(QWidget *parent, const AuditPreview &preview)
{
    AuditChangesDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<LineDecision> DialogPrompts::reviewLine(QWidget *parent, const LineRow &row, const QString &formName)
{
    ReviewLineDialog dialog(row, formName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.decision();
}

std::optional<SecondReviewDecision> DialogPrompts::secondReview(QWidget *parent, const BatchRow &batch)
{
    SecondReviewDialog dialog(batch, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.decision();
}

std::optional<QString> DialogPrompts::reason(QWidget *parent, const QString &title, const QString &prompt)
{
    ReasonDialog dialog(title, prompt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(Tr::tr("Confirm"));
    box.button(QMessageBox::Cancel)->setText(Tr::tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);  // a final step is never one Enter away
    return box.exec() == QMessageBox::Yes;
}

std::optional<SampleCriteria> DialogPrompts::sampleCriteria(QWidget *parent, const QString &institution,
                                                          const QString &institutionName)
{
    SampleDialog dialog(institution, institutionName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.criteria();
}

QString DialogPrompts::openFile(QWidget *parent, const QString &title, const QString &filter, const QString &key)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, rememberedFolder(key), filter);
    rememberFolder(key, file);
    return file;
}

QString DialogPrompts::saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                                const QString &key)
{
    const QString file =
        QFileDialog::getSaveFileName(parent, title, rememberedFolder(key) + QLatin1Char('/') + fileName, filter);
    rememberFolder(key, file);
    return file;
}

void DialogPrompts::showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                               const QHash<QString, QString> &institutionNames)
{
    WhatIfDialog dialog(comparison, draftName, institutionNames, parent);
    dialog.exec();
}

void DialogPrompts::showImportResult(QWidget *parent, const QString &path, const ImportReport &report)
{
    ImportResultDialog dialog(path, report, parent);
    dialog.exec();
}

void DialogPrompts::printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&html](QPrinter *device) { printHtml(html, *device); });
    preview.resize(QSize(1000, 760).boundedTo(preview.screen()->availableGeometry().size() * 0.9));
    preview.exec();
}

void DialogPrompts::error(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString importSummary(const QString &path, const ImportReport &report)
{
    const QString file = QFileInfo(path).fileName();
    if (report.cancelled)
        return Tr::tr("The import of %1 was cancelled: nothing was written.").arg(file);
    if (!report.failure.isEmpty())
        return Tr::tr("%1 was not imported: %2").arg(file, report.failure);
    if (report.refused())  // correcting the file would not help
        return Tr::tr("%1 was not imported: %2 problem(s) below. Nothing was written; the lines of a month past first "
                      "review can no longer change.")
            .arg(file)
            .arg(report.issues.errorCount());
    if (report.issues.hasErrors())
        return Tr::tr("%1 was not imported: %2 problem(s) below. Nothing was written; correct the file and import it "
                      "again.")
            .arg(file)
            .arg(report.issues.errorCount());
    return Tr::tr("%1 row(s) imported from %2 (encoding %3).").arg(report.rows).arg(file, report.encoding);
}

} // namespace ltc::settlement::ui
