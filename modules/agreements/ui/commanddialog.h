#pragma once
// The agreements module's dialogs for every designation step and term action: the SDK's one
// command form (sdk/commanddialog.h), named "agreements.dialog.<command>".
#include "sdk/commanddialog.h"

namespace ltc::agreements::ui {

using Choices = sdk::Choices;

class CommandDialog : public sdk::CommandDialog {
    Q_OBJECT
public:
    CommandDialog(ModuleContext &context, const QString &command, const QString &title, QWidget *parent = nullptr)
        : sdk::CommandDialog(context, QStringLiteral("agreements"), command, title, parent)
    {
        setMinimumWidth(460);
    }
};

} // namespace ltc::agreements::ui
