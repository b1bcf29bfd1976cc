#pragma once
// The questions the agreements screens ask, on top of the SDK's (a confirmation, files, errors):
// a step's form (CommandDialog, which applies its command itself) and a document's print
// preview. DialogPrompts shows the real dialogs; the tests fill the forms from a script.
#include "sdk/prompts.h"

#include <QString>

class QWidget;

namespace ltc::agreements::ui {

class CommandDialog;

class Prompts : public sdk::Prompts {
public:
    // Shows the step's form until its command is applied (true) or the user cancels.
    virtual bool submit(QWidget *parent, CommandDialog &dialog) = 0;
    virtual void showNotice(QWidget *parent, const QString &title, const QString &html) = 0;
    // A record to read on screen (a staff member's history), not to print.
    virtual void showDetails(QWidget *parent, const QString &title, const QString &html) = 0;
};

class DialogPrompts : public sdk::DialogPromptsFor<Prompts> {
public:
    DialogPrompts() : sdk::DialogPromptsFor<Prompts>(QStringLiteral("agreements/folders")) {}
    bool submit(QWidget *parent, CommandDialog &dialog) override;
    void showNotice(QWidget *parent, const QString &title, const QString &html) override;
    void showDetails(QWidget *parent, const QString &title, const QString &html) override;
};

} // namespace ltc::agreements::ui
