#pragma once
// The questions only the settlement screens ask, on top of the SDK's (sdk/prompts.h: a reason, a
// confirmation, files, the import result, errors): what an audit changed, a line's and a batch's
// review, the review sample, the what-if and the print preview of a report. The page calls
// these, DialogPrompts shows the real dialogs, and the tests answer them from a script.
#include "sdk/prompts.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/reviewsample.h"
#include "settlements/domain/settlementviews.h"

#include <QString>
#include <optional>

class QWidget;

namespace ltc::settlement::ui {

struct LineDecision {
    bool accept = true;  // accept the computed result; otherwise override
    QString allowed;     // override: the amount in yuan as typed (checked with parseYuan)
    QString reason;      // override: why
};

struct SecondReviewDecision {
    bool approve = true;
    QString reason;  // return: why
};

// What a stored audit run changed (the command's own report, AuditReport), shown after it.
struct AuditSummary {
    AuditRun run;
    QStringList frozenInstitutions;  // past first review: they keep their results
    QHash<QString, QString> institutionNames;
};

class Prompts : public sdk::Prompts {
public:
    virtual void showAudit(QWidget *parent, const AuditSummary &summary) = 0;
    virtual std::optional<LineDecision> reviewLine(QWidget *parent, const LineRow &row, const QString &formName) = 0;
    virtual std::optional<SecondReviewDecision> secondReview(QWidget *parent, const BatchRow &batch) = 0;
    virtual std::optional<SampleCriteria> sampleCriteria(QWidget *parent, const QString &institution,
                                                        const QString &institutionName) = 0;
    virtual void showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                            const QHash<QString, QString> &institutionNames) = 0;
    // Print preview of an HTML document (the month report, a statement).
    virtual void printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape) = 0;
};

// The real dialogs; the folders chosen are remembered under "settlements/folders".
class DialogPrompts : public sdk::DialogPromptsFor<Prompts> {
public:
    DialogPrompts();
    void showAudit(QWidget *parent, const AuditSummary &summary) override;
    std::optional<LineDecision> reviewLine(QWidget *parent, const LineRow &row, const QString &formName) override;
    std::optional<SecondReviewDecision> secondReview(QWidget *parent, const BatchRow &batch) override;
    std::optional<SampleCriteria> sampleCriteria(QWidget *parent, const QString &institution,
                                                const QString &institutionName) override;
    void showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                    const QHash<QString, QString> &institutionNames) override;
    void printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape) override;
};

} // namespace ltc::settlement::ui
