#pragma once
// The questions only the application screens ask, on top of the SDK's (a reason, a confirmation,
// files, errors): the counter intake, the missing materials to ask for, the refusal and the
// notice's print preview. The page calls these; DialogPrompts shows the real dialogs and the
// tests answer from a script (sdk::ScriptedAnswers).
#include "applications/domain/applicationreads.h"
#include "sdk/prompts.h"

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace ltc {
class ModuleContext;
}

namespace ltc::applications::ui {

struct MaterialsRequest {
    QStringList items;  // the codes of every missing item, asked for at once
    QString note;
};

struct Refusal {
    QString reason;  // one of refusalReasons()
    QString text;
};

class Prompts : public sdk::Prompts {
public:
    // The counter intake (IntakeDialog): the id of the application submitted, or nothing.
    virtual std::optional<QString> intake(QWidget *parent, ModuleContext &context) = 0;
    virtual std::optional<MaterialsRequest> requestMaterials(QWidget *parent, const QList<MaterialState> &materials) = 0;
    // The hints are shown beside the reasons; one pointing to a reason preselects it.
    virtual std::optional<Refusal> refusal(QWidget *parent, const QList<EligibilityHint> &hints) = 0;
    virtual void showNotice(QWidget *parent, const QString &title, const QString &html) = 0;
    // Which checklist item a scan shows: its code, an empty string for none of them, or nothing
    // when the user cancels.
    virtual std::optional<QString> scanItem(QWidget *parent, const QList<MaterialState> &materials) = 0;
    // Opens a scan (a copy of it named as it was attached) in the system's viewer.
    virtual void openScan(QWidget *parent, const QString &path) = 0;
};

class DialogPrompts : public sdk::DialogPromptsFor<Prompts> {
public:
    DialogPrompts() : sdk::DialogPromptsFor<Prompts>(QStringLiteral("applications/folders")) {}
    std::optional<QString> intake(QWidget *parent, ModuleContext &context) override;
    std::optional<MaterialsRequest> requestMaterials(QWidget *parent, const QList<MaterialState> &materials) override;
    std::optional<Refusal> refusal(QWidget *parent, const QList<EligibilityHint> &hints) override;
    void showNotice(QWidget *parent, const QString &title, const QString &html) override;
    std::optional<QString> scanItem(QWidget *parent, const QList<MaterialState> &materials) override;
    void openScan(QWidget *parent, const QString &path) override;
};

} // namespace ltc::applications::ui
