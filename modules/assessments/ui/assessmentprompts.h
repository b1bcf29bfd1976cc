#pragma once
// The questions the assessments screens ask, on top of the SDK's: a step's dialog (shown modal
// in the application; filled in by the tests through its real widgets), the draw history, and the
// conclusion letter's print preview.
#include "sdk/prompts.h"

#include <QString>

class QWidget;

namespace ltc::assessments::ui {

class StepDialog;

class Prompts : public sdk::Prompts {
public:
    // Shows the dialog of a step; true when its command was applied (the dialog closed with OK).
    virtual bool runStep(StepDialog &dialog) = 0;
    virtual void showDraws(QWidget *parent, const QString &html) = 0;
    virtual void showLetter(QWidget *parent, const QString &title, const QString &html) = 0;
    // Opens an evidence file (a copy named as it was attached) in the system's viewer.
    virtual void openEvidence(QWidget *parent, const QString &path) = 0;
};

class DialogPrompts : public sdk::DialogPromptsFor<Prompts> {
public:
    DialogPrompts() : sdk::DialogPromptsFor<Prompts>(QStringLiteral("assessments/folders")) {}
    bool runStep(StepDialog &dialog) override;
    void showDraws(QWidget *parent, const QString &html) override;
    void showLetter(QWidget *parent, const QString &title, const QString &html) override;
    void openEvidence(QWidget *parent, const QString &path) override;
};

// The letter as a PDF, A4 portrait (sdk/htmldocument.h).
bool writeLetterPdf(const QString &path, const QString &title, const QString &html, QString *error);

} // namespace ltc::assessments::ui
