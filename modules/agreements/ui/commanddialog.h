#pragma once
// One dialog for every designation step and term action: a form of fields, each bound to one
// argument of the command it submits through ModuleContext::execute. OK applies the command; when
// the command refuses, the dialog stays open with the reason, the argument names in it replaced
// by the fields' labels (so "panel: …" reads "评估小组成员: …"), and what was typed is kept.
#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <functional>

class QFormLayout;
class QLabel;

namespace ltc {
class ModuleContext;
}

namespace ltc::agreements::ui {

using Choices = QList<QPair<QString, QString>>;  // code, title

class CommandDialog : public QDialog {
    Q_OBJECT
public:
    CommandDialog(ModuleContext &context, const QString &command, const QString &title, QWidget *parent = nullptr);

    const QString &command() const { return m_command; }
    void setIntro(const QString &text);
    QString intro() const;
    // Fields; each returns its widget. A label's "&" marks its shortcut.
    QWidget *addText(const QString &key, const QString &label, const QString &value = {}, bool optional = false);
    QWidget *addLongText(const QString &key, const QString &label, bool optional = false);
    QWidget *addDate(const QString &key, const QString &label, QDate value, bool optional = false);
    QWidget *addChoice(const QString &key, const QString &label, const Choices &choices, const QString &current = {});
    QWidget *addNumber(const QString &key, const QString &label, int min, int max, int value);
    QWidget *addYuan(const QString &key, const QString &label);  // typed in yuan, sent as fen
    QWidget *addLines(const QString &key, const QString &label, const QStringList &lines = {});  // a JSON array
    QWidget *addChecks(const QString &key, const QString &label, const Choices &choices, const QStringList &ticked = {});
    QWidget *addFlag(const QString &key, const QString &label, bool value = false);
    // Criteria with their maxima; the user types the points ([{criterion, max, points}]).
    QWidget *addScoreItems(const QString &key, const QString &label, const QList<QPair<QString, int>> &criteria);
    void setFixed(const QString &key, const QJsonValue &value);  // an argument with no field

    QWidget *field(const QString &key) const { return m_fields.value(key).widget; }
    template<typename W>
    W *fieldAs(const QString &key) const { return qobject_cast<W *>(field(key)); }
    QString problem() const;
    QJsonObject submitted() const { return m_submitted; }  // the arguments applied
    // Runs just before the command, on the arguments (e.g. to derive an id); may add a problem.
    void setPrepare(std::function<QString(QJsonObject &)> prepare) { m_prepare = std::move(prepare); }

public slots:
    void accept() override;

private:
    struct Field {
        QWidget *widget = nullptr;
        QString label;
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
    QJsonObject m_fixed;
    QJsonObject m_submitted;
    std::function<QString(QJsonObject &)> m_prepare;
};

} // namespace ltc::agreements::ui
