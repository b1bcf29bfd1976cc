#include "sdk/prompts.h"

#include "core/tr.h"
#include "database/importer.h"
#include "sdk/dialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace ltc::sdk {
namespace {

QString folderKey(const QString &group, const QString &key) { return group + QLatin1Char('/') + key; }

QString rememberedFolder(const QString &group, const QString &key)
{
    return QSettings()
        .value(folderKey(group, key), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &group, const QString &key, const QString &file)
{
    if (!file.isEmpty())
        QSettings().setValue(folderKey(group, key), QFileInfo(file).absolutePath());
}
} // namespace

namespace dialogs {

std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt)
{
    ReasonDialog dialog(title, prompt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(Tr::tr("Confirm"));
    box.button(QMessageBox::Cancel)->setText(Tr::tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);  // a final step is never one Enter away
    return box.exec() == QMessageBox::Yes;
}

QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &folderGroup,
                 const QString &key)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, rememberedFolder(folderGroup, key), filter);
    rememberFolder(folderGroup, key, file);
    return file;
}

QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                 const QString &folderGroup, const QString &key)
{
    const QString file = QFileDialog::getSaveFileName(
        parent, title, rememberedFolder(folderGroup, key) + QLatin1Char('/') + fileName, filter);
    rememberFolder(folderGroup, key, file);
    return file;
}

void showImportResult(QWidget *parent, const QString &path, const ImportReport &report)
{
    ImportResultDialog dialog(path, report, parent);
    dialog.exec();
}

void error(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

void printPreview(QWidget *parent, const QString &title, bool landscape, const std::function<void(QPrinter &)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter *device) { paint(*device); });
    preview.resize(QSize(1000, 760).boundedTo(preview.screen()->availableGeometry().size() * 0.9));
    preview.exec();
}

} // namespace dialogs

QString importSummary(const QString &path, const ImportReport &report)
{
    const QString file = QFileInfo(path).fileName();
    if (report.cancelled)
        return Tr::tr("The import of %1 was cancelled: nothing was written.").arg(file);
    if (!report.failure.isEmpty())
        return Tr::tr("%1 was not imported: %2").arg(file, report.failure);
    if (report.refused())  // correcting the file would not help
        return Tr::tr("%1 was not imported: %2 problem(s) below. Nothing was written; what is stored no longer lets "
                      "these rows change.")
            .arg(file)
            .arg(report.issues.errorCount());
    if (report.issues.hasErrors())
        return Tr::tr("%1 was not imported: %2 problem(s) below. Nothing was written; correct the file and import it "
                      "again.")
            .arg(file)
            .arg(report.issues.errorCount());
    return Tr::tr("%1 row(s) imported from %2 (encoding %3).").arg(report.rows).arg(file, report.encoding);
}

} // namespace ltc::sdk
