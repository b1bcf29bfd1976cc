#pragma once
// Every question the settlement screens ask the user, behind one interface: the page and the
// import flow call these, DialogPrompts shows the real dialogs, and the tests answer them from a
// script (no modal dialog blocks a test). Each method returns what the user chose, or nothing
// when they cancelled.
#include "auditrun.h"
#include "importer.h"
#include "reviewsample.h"
#include "settlementviews.h"

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

// What an audit run would change, for the confirmation before it is stored.
struct AuditPreview {
    AuditRun run;
    QStringList frozenInstitutions;  // past first review: they keep their results
    QHash<QString, QString> institutionNames;
};

class Prompts {
public:
    virtual ~Prompts() = default;
    virtual bool confirmAudit(QWidget *parent, const AuditPreview &preview) = 0;
    virtual std::optional<LineDecision> reviewLine(QWidget *parent, const LineRow &row, const QString &formName) = 0;
    virtual std::optional<SecondReviewDecision> secondReview(QWidget *parent, const BatchRow &batch) = 0;
    // A required reason in words (returning a month to its institution).
    virtual std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual std::optional<SampleCriteria> sampleCriteria(QWidget *parent, const QString &institution,
                                                        const QString &institutionName) = 0;
    // File names; empty when cancelled. `key` names the remembered folder.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &key) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                             const QString &key) = 0;
    virtual void showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                            const QHash<QString, QString> &institutionNames) = 0;
    virtual void showImportResult(QWidget *parent, const QString &path, const ImportReport &report) = 0;
    // Print preview of an HTML document (the month report, a statement).
    virtual void printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &message) = 0;
};

// The real dialogs.
class DialogPrompts : public Prompts {
public:
    bool confirmAudit(QWidget *parent, const AuditPreview &preview) override;
    std::optional<LineDecision> reviewLine(QWidget *parent, const LineRow &row, const QString &formName) override;
    std::optional<SecondReviewDecision> secondReview(QWidget *parent, const BatchRow &batch) override;
    std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<SampleCriteria> sampleCriteria(QWidget *parent, const QString &institution,
                                                const QString &institutionName) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &key) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                     const QString &key) override;
    void showWhatIf(QWidget *parent, const PolicyComparison &comparison, const QString &draftName,
                    const QHash<QString, QString> &institutionNames) override;
    void showImportResult(QWidget *parent, const QString &path, const ImportReport &report) override;
    void printPreview(QWidget *parent, const QString &title, const QString &html, bool landscape) override;
    void error(QWidget *parent, const QString &title, const QString &message) override;
};

// The result of an import in words: what was imported, or why nothing was.
QString importSummary(const QString &path, const ImportReport &report);

} // namespace ltc::settlement::ui
