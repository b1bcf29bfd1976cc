#include "settlements/ui/prompts.h"

#include "settlements/output/settlementreport.h"
#include "settlements/ui/settlementdialogs.h"

#include <QPrinter>

namespace ltc::settlement::ui {

DialogPrompts::DialogPrompts() : sdk::DialogPromptsFor<Prompts>(QStringLiteral("settlements/folders")) {}

void DialogPrompts::showAudit(QWidget *parent, const AuditSummary &summary)
{
    AuditChangesDialog dialog(summary, parent);
    dialog.exec();
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

std::optional<SampleCriteria> DialogPrompts::sampleCriteria(QWidget *parent, const QString &institution,
                                                          const QString &institutionName)
{
    SampleDialog dialog(institution, institutionName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.criteria();
}

void DialogPrompts::showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                               const QHash<QString, QString> &institutionNames)
{
    WhatIfDialog dialog(comparison, draftName, institutionNames, parent);
    dialog.exec();
}

void DialogPrompts::printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape)
{
    sdk::dialogs::printPreview(parent, title, landscape, [&html](QPrinter &printer) { printHtml(html, printer); });
}

} // namespace ltc::settlement::ui
