#pragma once
// The one command form of the modules' screens: fields, each bound to one argument of the command
// it submits through ModuleContext::execute. OK applies the command; when the command refuses,
// the dialog stays open with the reason, the argument names in it replaced by the fields' labels
// (so "reason: …" reads "重抽理由: …"), and what was typed is kept. A key "a.b" is the member b
// of the object argument a. A module's dialogs are thin: they add the fields a step needs.
#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace ltc {
class ModuleContext;
}

namespace ltc::sdk {

using Choices = QList<QPair<QString, QString>>;  // code, title

class CommandDialog : public QDialog {
    Q_OBJECT
public:
    // Named "<module>.dialog.<command>" (the tests and the screenshots find it by that).
    CommandDialog(ModuleContext &context, const QString &module, const QString &command, const QString &title,
                  QWidget *parent = nullptr);

    const QString &command() const { return m_command; }
    void setIntro(const QString &text);
    QString intro() const;
    // Fields; each returns its widget. A label's "&" marks its shortcut. An optional field left
    // empty leaves its argument out.
    QLineEdit *addText(const QString &key, const QString &label, const QString &value = {}, bool optional = false);
    QPlainTextEdit *addLongText(const QString &key, const QString &label, bool optional = false);
    QDateEdit *addDate(const QString &key, const QString &label, QDate value, bool optional = false);
    // `leaveOutEmpty`: a choice whose code is empty ("none chosen") leaves the argument out.
    QComboBox *addChoice(const QString &key, const QString &label, const Choices &choices, const QString &current = {},
                         bool leaveOutEmpty = false);
    QSpinBox *addNumber(const QString &key, const QString &label, int min, int max, int value);
    QLineEdit *addYuan(const QString &key, const QString &label);  // typed in yuan, sent as fen
    QPlainTextEdit *addLines(const QString &key, const QString &label, const QStringList &lines = {});  // a JSON array
    QListWidget *addChecks(const QString &key, const QString &label, const Choices &choices, const QStringList &ticked = {});
    QCheckBox *addFlag(const QString &key, const QString &label, bool value = false);   // labelled row
    QCheckBox *addCheck(const QString &key, const QString &text, bool value = false);   // the box says it
    // Criteria with their maxima; the user types the points ([{criterion, max, points}]).
    QTableWidget *addScoreItems(const QString &key, const QString &label, const QList<QPair<QString, int>> &criteria);
    void setFixed(const QString &key, const QJsonValue &value);  // an argument with no field
    // A label for an argument without a field of its own (an item's score), for refusals.
    void nameArgument(const QString &key, const QString &label);

    QWidget *field(const QString &key) const { return m_fields.value(key).widget; }
    template<typename W>
    W *fieldAs(const QString &key) const { return qobject_cast<W *>(field(key)); }
    QString problem() const;
    QJsonObject submitted() const { return m_submitted; }  // the arguments applied
    // Runs just before the command, on the arguments (e.g. to derive an id); may add a problem.
    void setPrepare(std::function<QString(QJsonObject &)> prepare) { m_prepare = std::move(prepare); }

public slots:
    void accept() override;

protected:
    QFormLayout *form() const { return m_form; }
    // Arguments a subclass computes from widgets of its own (the result's scores).
    virtual void addArguments(QJsonObject &) const {}

private:
    struct Field {
        QWidget *widget = nullptr;
        std::function<QJsonValue(QString *problem)> read;  // undefined: leave the argument out
    };
    void add(const QString &key, const QString &label, QWidget *widget, std::function<QJsonValue(QString *)> read);
    QJsonObject arguments(QStringList &problems) const;
    QString withLabels(const QString &message) const;

    ModuleContext &m_context;
    QString m_command;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_labels;  // argument → label, for refusals
    QJsonObject m_fixed;
    QJsonObject m_submitted;
    std::function<QString(QJsonObject &)> m_prepare;
};

} // namespace ltc::sdk
