#pragma once
// Prompts answered from a script, for tests: each question returns what the test put in its
// field, and what the screen showed is kept for the test to check. A module's script derives from
// ScriptedAnswers<its Prompts interface> and adds its own questions' answers.
#include "database/importer.h"
#include "sdk/prompts.h"

#include <QStringList>

namespace ltc::sdk {

template<typename Interface = Prompts>
struct ScriptedAnswers : Interface {
    std::optional<QString> reasonAnswer;  // nothing: the user cancels
    bool confirmAnswer = true;
    QString openAnswer;                   // empty: the user cancels
    QString saveAnswer;
    std::optional<ImportReport> shownImport;
    QStringList errors;                   // every error shown, in order
    QStringList confirmations;            // every confirmation asked, in order

    std::optional<QString> reason(QWidget *, const QString &, const QString &) override { return reasonAnswer; }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    QString openFile(QWidget *, const QString &, const QString &, const QString &) override { return openAnswer; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &, const QString &) override
    {
        return saveAnswer;
    }
    void showImportResult(QWidget *, const QString &, const ImportReport &report) override { shownImport = report; }
    void error(QWidget *, const QString &, const QString &message) override { errors << message; }
};

} // namespace ltc::sdk
