#include "sdk/commanddialog.h"

#include "core/money.h"
#include "core/tr.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ltc::sdk {
namespace {

// The earliest day a date field offers; an optional one shows it as "—", meaning no date.
const QDate kNoDate(2000, 1, 1);

// "重抽理由(&R)：" → "重抽理由": the label as a message names it.
QString plainLabel(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    label.remove(QLatin1Char('&'));
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A)))
        label.chop(1);
    return label;
}

void insertArgument(QJsonObject &args, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        args.insert(key, value);
        return;
    }
    QJsonObject inner = args.value(key.left(dot)).toObject();
    inner.insert(key.mid(dot + 1), value);
    args.insert(key.left(dot), inner);
}

} // namespace

CommandDialog::CommandDialog(ModuleContext &context, const QString &module, const QString &command, const QString &title,
                             QWidget *parent)
    : QDialog(parent), m_context(context), m_command(command)
{
    setWindowTitle(title);
    setObjectName(module + QStringLiteral(".dialog.") + command);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sdk::headingLabel(title, this));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addStretch(1);  // a taller dialog grows here, not between the form's rows
    m_problem = sdk::problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("Confirm")));
    setMinimumWidth(460);
}

void CommandDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString CommandDialog::intro() const { return m_intro->text(); }

void CommandDialog::add(const QString &key, const QString &label, QWidget *widget, std::function<QJsonValue(QString *)> read)
{
    widget->setObjectName(key);
    m_form->addRow(label, widget);
    m_fields.insert(key, Field{widget, std::move(read)});
    m_labels.insert(key, plainLabel(label));
}

QLineEdit *CommandDialog::addText(const QString &key, const QString &label, const QString &value, bool optional)
{
    auto *edit = new QLineEdit(value, this);
    add(key, label, edit, [edit, optional](QString *) {
        const QString text = edit->text().trimmed();
        return optional && text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    });
    return edit;
}

QPlainTextEdit *CommandDialog::addLongText(const QString &key, const QString &label, bool optional)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(72);
    add(key, label, edit, [edit, optional](QString *) {
        const QString text = edit->toPlainText().trimmed();
        return optional && text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    });
    return edit;
}

QDateEdit *CommandDialog::addDate(const QString &key, const QString &label, QDate value, bool optional)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    if (optional)
        edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(value.isValid() ? value : kNoDate);
    add(key, label, edit, [edit, optional](QString *) {
        if (optional && edit->date() == kNoDate)
            return QJsonValue(QJsonValue::Undefined);
        return QJsonValue(edit->date().toString(Qt::ISODate));
    });
    return edit;
}

QComboBox *CommandDialog::addChoice(const QString &key, const QString &label, const Choices &choices, const QString &current,
                                    bool leaveOutEmpty)
{
    auto *combo = new QComboBox(this);
    for (const auto &[code, title] : choices)
        combo->addItem(title, code);
    if (const int index = combo->findData(current); index >= 0)
        combo->setCurrentIndex(index);
    add(key, label, combo, [combo, leaveOutEmpty](QString *) {
        const QString code = combo->currentData().toString();
        return leaveOutEmpty && code.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(code);
    });
    return combo;
}

QSpinBox *CommandDialog::addNumber(const QString &key, const QString &label, int min, int max, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setValue(value);
    add(key, label, spin, [spin](QString *) { return QJsonValue(spin->value()); });
    return spin;
}

QLineEdit *CommandDialog::addYuan(const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(QStringLiteral("0.00"));
    add(key, label, edit, [edit](QString *problem) {
        QString why;
        const std::optional<Fen> fen = parseYuan(edit->text().trimmed(), &why);
        if (!fen) {
            *problem = why.isEmpty() ? Tr::tr("an amount in yuan with at most two decimals") : why;
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(qint64(*fen));
    });
    return edit;
}

QPlainTextEdit *CommandDialog::addLines(const QString &key, const QString &label, const QStringList &lines)
{
    auto *edit = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(110);
    edit->setPlaceholderText(Tr::tr("one per line"));
    add(key, label, edit, [edit](QString *) {
        QJsonArray items;
        for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        }
        return QJsonValue(items);
    });
    return edit;
}

QListWidget *CommandDialog::addChecks(const QString &key, const QString &label, const Choices &choices, const QStringList &ticked)
{
    auto *list = new QListWidget(this);
    for (const auto &[code, title] : choices) {
        auto *item = new QListWidgetItem(title, list);
        item->setData(Qt::UserRole, code);
        item->setCheckState(ticked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    list->setFixedHeight(qMin(150, 26 * int(choices.size()) + 6));
    add(key, label, list, [list](QString *) {
        QStringList codes;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                codes << list->item(i)->data(Qt::UserRole).toString();
        }
        return QJsonValue(codes.join(QLatin1Char('|')));
    });
    return list;
}

QCheckBox *CommandDialog::addFlag(const QString &key, const QString &label, bool value)
{
    auto *box = new QCheckBox(this);
    box->setChecked(value);
    add(key, label, box, [box](QString *) { return QJsonValue(box->isChecked()); });
    return box;
}

QCheckBox *CommandDialog::addCheck(const QString &key, const QString &text, bool value)
{
    auto *box = new QCheckBox(text, this);
    box->setChecked(value);
    box->setObjectName(key);
    m_form->addRow(QString(), box);
    m_fields.insert(key, Field{box, [box](QString *) { return QJsonValue(box->isChecked()); }});
    m_labels.insert(key, plainLabel(text));
    return box;
}

QTableWidget *CommandDialog::addScoreItems(const QString &key, const QString &label, const QList<QPair<QString, int>> &criteria)
{
    auto *table = new QTableWidget(int(criteria.size()), 3, this);
    table->setHorizontalHeaderLabels({Tr::tr("Criterion"), Tr::tr("Maximum"), Tr::tr("Points")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < criteria.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(criteria.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(QString::number(criteria.at(row).second)));
        table->setItem(row, 2, new QTableWidgetItem(QString()));
    }
    table->setMinimumHeight(30 * int(criteria.size()) + 30);
    add(key, label, table, [table](QString *problem) {
        QJsonArray items;
        for (int row = 0; row < table->rowCount(); ++row) {
            bool maxOk = false;
            bool pointsOk = false;
            const int max = table->item(row, 1)->text().trimmed().toInt(&maxOk);
            const int points = table->item(row, 2)->text().trimmed().toInt(&pointsOk);
            if (!maxOk || !pointsOk)
                *problem = Tr::tr("row %1: the maximum and the points are whole numbers").arg(row + 1);
            items.append(QJsonObject{{QStringLiteral("criterion"), table->item(row, 0)->text().trimmed()},
                                     {QStringLiteral("max"), max},
                                     {QStringLiteral("points"), points}});
        }
        return QJsonValue(items);
    });
    return table;
}

void CommandDialog::setFixed(const QString &key, const QJsonValue &value) { m_fixed.insert(key, value); }

void CommandDialog::nameArgument(const QString &key, const QString &label) { m_labels.insert(key, label); }

// The problem shown (also while the dialog itself is not on screen, as in the tests).
QString CommandDialog::problem() const { return m_problem->isVisibleTo(this) ? m_problem->text() : QString(); }

QJsonObject CommandDialog::arguments(QStringList &problems) const
{
    QJsonObject args = m_fixed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString problem;
        const QJsonValue value = it->read(&problem);
        if (!problem.isEmpty())
            problems << m_labels.value(it.key()) + QStringLiteral(": ") + problem;
        else if (!value.isUndefined())
            insertArgument(args, it.key(), value);
    }
    addArguments(args);
    return args;
}

// "panel: fewer than 5; valid_to: …" → each argument named by its field's label (or the name
// given to it).
QString CommandDialog::withLabels(const QString &message) const
{
    QStringList parts = message.split(QStringLiteral("; "));
    for (QString &part : parts) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        if (colon <= 0)
            continue;
        const QString key = part.left(colon);
        if (m_labels.contains(key))
            part = m_labels.value(key) + part.mid(colon);
    }
    return parts.join(QLatin1Char('\n'));
}

void CommandDialog::accept()
{
    QStringList problems;
    QJsonObject args = arguments(problems);
    if (problems.isEmpty() && m_prepare) {
        if (const QString problem = m_prepare(args); !problem.isEmpty())
            problems << problem;
    }
    if (!problems.isEmpty()) {
        sdk::showProblem(m_problem, problems.join(QLatin1Char('\n')));
        return;
    }
    const CommandOutcome outcome = m_context.execute(m_command, args);
    if (!outcome.ok()) {
        sdk::showProblem(m_problem, withLabels(outcome.error->message));
        return;
    }
    m_submitted = args;
    sdk::showProblem(m_problem, QString());
    QDialog::accept();
}

} // namespace ltc::sdk
