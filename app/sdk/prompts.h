#pragma once
// Every question a module's screens ask the user goes through a Prompts: the screens call it,
// the real dialogs answer in the application, and the tests answer from a script
// (scriptedanswers.h), so no modal dialog blocks a test. Each method returns what the user
// chose, or nothing when they cancelled.
//
// These are the questions every module asks. A module with questions of its own derives its
// interface from Prompts, and gets the real dialogs for these by deriving its implementation
// from DialogPromptsFor<its interface> (and its test script from ScriptedAnswers<…>).
#include <QString>
#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace ltc {
struct ImportReport;
}

namespace ltc::sdk {

class Prompts {
public:
    virtual ~Prompts() = default;
    // A required reason in words (returning a case, rejecting an application).
    virtual std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt) = 0;
    // Yes or no to a final step; No is the default.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // File names; empty when cancelled. `key` names the remembered folder ("import", "export").
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &key) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                             const QString &key) = 0;
    virtual void showImportResult(QWidget *parent, const QString &path, const ImportReport &report) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &message) = 0;
};

// The real dialogs behind each question, one function each: for DialogPromptsFor and for a
// module's own questions. Folders are remembered in QSettings under `folderGroup`/`key`.
namespace dialogs {
std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt);
bool confirm(QWidget *parent, const QString &title, const QString &text);
QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &folderGroup,
                 const QString &key);
QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                 const QString &folderGroup, const QString &key);
void showImportResult(QWidget *parent, const QString &path, const ImportReport &report);
void error(QWidget *parent, const QString &title, const QString &message);
// An A4 print preview of what `paint` draws on the printer (a module's report or statement).
void printPreview(QWidget *parent, const QString &title, bool landscape, const std::function<void(QPrinter &)> &paint);
} // namespace dialogs

// The real dialogs for Prompts' questions on top of any interface derived from Prompts.
template<typename Interface = Prompts>
class DialogPromptsFor : public Interface {
public:
    // `folderGroup`: where the folders last used are remembered (a module may keep its own).
    explicit DialogPromptsFor(QString folderGroup = QStringLiteral("folders")) : m_folderGroup(std::move(folderGroup)) {}

    std::optional<QString> reason(QWidget *parent, const QString &title, const QString &prompt) override
    {
        return dialogs::reason(parent, title, prompt);
    }
    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return dialogs::confirm(parent, title, text);
    }
    QString openFile(QWidget *parent, const QString &title, const QString &filter, const QString &key) override
    {
        return dialogs::openFile(parent, title, filter, m_folderGroup, key);
    }
    QString saveFile(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                     const QString &key) override
    {
        return dialogs::saveFile(parent, title, fileName, filter, m_folderGroup, key);
    }
    void showImportResult(QWidget *parent, const QString &path, const ImportReport &report) override
    {
        dialogs::showImportResult(parent, path, report);
    }
    void error(QWidget *parent, const QString &title, const QString &message) override
    {
        dialogs::error(parent, title, message);
    }

private:
    QString m_folderGroup;
};
using DialogPrompts = DialogPromptsFor<>;

// The result of an import in words: what was imported, or why nothing was.
QString importSummary(const QString &path, const ImportReport &report);

} // namespace ltc::sdk
