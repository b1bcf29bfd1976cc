#include "applications/ui/applicationdialogs.h"

#include "applications/ui/applicationtexts.h"
#include "core/citizenid.h"
#include "core/tr.h"
#include "sdk/format.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QInputDialog>
#include <QUrl>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace ltc::applications::ui {
namespace {
QDate officeToday() { return officeDate(QDateTime::currentDateTimeUtc()); }
} // namespace

// ---- counter intake -------------------------------------------------------------------------

IntakeDialog::IntakeDialog(ModuleContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(Tr::tr("New application at the counter"));
    auto *layout = new QVBoxLayout(this);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("intakeSearch"));
    m_search->setPlaceholderText(Tr::tr("ID number, person number or name"));
    auto *find = new QPushButton(Tr::tr("&Find"), this);
    find->setAutoDefault(false);
    auto *newPerson = new QPushButton(Tr::tr("Register a &new person…"), this);
    newPerson->setAutoDefault(false);
    searchRow->addWidget(new QLabel(Tr::tr("Person:"), this));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(newPerson);
    connect(newPerson, &QPushButton::clicked, this, &IntakeDialog::registerPerson);
    layout->addLayout(searchRow);
    connect(find, &QPushButton::clicked, this, &IntakeDialog::search);
    m_search->installEventFilter(this);  // Enter there finds the person (eventFilter)

    m_found = sdk::smallTable({Tr::tr("Name"), Tr::tr("Person no."), Tr::tr("ID number"), Tr::tr("District")}, {}, this);
    m_found->setObjectName(QStringLiteral("intakeFound"));
    m_found->setMaximumHeight(140);
    layout->addWidget(m_found);
    connect(m_found, &QTableWidget::currentCellChanged, this, [this](int row) { choosePerson(row); });

    m_history = new QTextBrowser(this);
    m_history->setMinimumHeight(150);
    layout->addWidget(m_history);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const QString &kind : allKinds())
        m_kind->addItem(kindTitle(kind), kind);
    form->addRow(Tr::tr("&Kind:"), m_kind);
    m_received = new QDateEdit(officeToday(), this);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(officeToday());
    form->addRow(Tr::tr("&Received on:"), m_received);
    m_applicant = new QComboBox(this);
    m_applicant->addItem(Tr::tr("The person themself"), QStringLiteral("PERSON"));
    m_applicant->addItem(Tr::tr("A guardian"), QStringLiteral("GUARDIAN"));
    m_applicant->addItem(Tr::tr("An agent"), QStringLiteral("AGENT"));
    form->addRow(Tr::tr("&Applicant:"), m_applicant);
    m_applicantName = new QLineEdit(this);
    form->addRow(Tr::tr("Applicant's &name:"), m_applicantName);
    m_applicantId = new QLineEdit(this);
    m_applicantId->setMaxLength(18);
    form->addRow(Tr::tr("Applicant's &ID number:"), m_applicantId);
    layout->addLayout(form);
    connect(m_applicant, &QComboBox::currentIndexChanged, this, &IntakeDialog::updateApplicant);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeDialog::fillMaterials);
    connect(m_received, &QDateEdit::dateChanged, this, &IntakeDialog::fillMaterials);

    layout->addWidget(sdk::headingLabel(Tr::tr("Materials handed in"), this));
    m_materials = new QListWidget(this);
    m_materials->setObjectName(QStringLiteral("intakeMaterials"));
    m_materials->setMaximumHeight(130);
    layout->addWidget(m_materials);
    m_problem = sdk::problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("&Submit")));
    updateApplicant();
    sdk::resizeWithin(this, QSize(640, 760));
}

// Enter in the search box finds the person, and goes no further: the dialog's default button
// would submit the application with it.
bool IntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString IntakeDialog::historyText() const { return m_history->toPlainText(); }
QString IntakeDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void IntakeDialog::search()
{
    QSqlDatabase db = m_context.readConnection();
    m_persons = findApplicants(db, m_search->text(), 50);
    m_found->setRowCount(0);
    for (const PersonRecord &person : std::as_const(m_persons)) {
        const int row = m_found->rowCount();
        m_found->insertRow(row);
        const QStringList cells{person.name, person.personNo, sdk::maskedId(person.idNumber), person.district};
        for (int column = 0; column < cells.size(); ++column)
            m_found->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    sdk::showProblem(m_problem, m_persons.isEmpty() ? Tr::tr("No insured person matches \"%1\".").arg(m_search->text()) : QString());
    if (!m_persons.isEmpty())
        m_found->setCurrentCell(0, 0);
    else
        choosePerson(-1);
}

void IntakeDialog::choosePerson(int row)
{
    m_person.reset();
    m_history->clear();
    if (row >= 0 && row < m_persons.size()) {
        m_person = m_persons.at(row);
        QSqlDatabase db = m_context.readConnection();
        if (const std::optional<PersonHistory> history = personHistory(db, m_person->personNo))
            m_history->setHtml(personHistoryHtml(*history, officeToday()));
    }
    fillMaterials();
}

bool IntakeDialog::registerPerson()
{
    RegisterPersonDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_search->setText(dialog.registeredPersonNo());
    search();
    return true;
}

// The checklist of the policy in force for the person's district on the day received, the items
// the kind requires marked; what was ticked stays ticked.
void IntakeDialog::fillMaterials()
{
    QStringList ticked;
    for (int i = 0; i < m_materials->count(); ++i) {
        if (m_materials->item(i)->checkState() == Qt::Checked)
            ticked << m_materials->item(i)->data(Qt::UserRole).toString();
    }
    m_materials->clear();
    if (!m_person)
        return;
    QSqlDatabase db = m_context.readConnection();
    const PolicySet policies = loadPolicies(db);
    const Policy *policy = policies.policyFor(m_person->district, m_received->date());
    if (!policy)
        return;
    const QString kind = m_kind->currentData().toString();
    for (const MaterialItem &item : policy->applicationMaterials) {
        const bool required = item.requiredFor.contains(kind);
        auto *entry = new QListWidgetItem(required ? Tr::tr("%1 (required)").arg(item.name) : item.name, m_materials);
        entry->setData(Qt::UserRole, item.code);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(ticked.contains(item.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void IntakeDialog::updateApplicant()
{
    const bool representative = m_applicant->currentData().toString() != QLatin1String("PERSON");
    m_applicantName->setEnabled(representative);
    m_applicantId->setEnabled(representative);
}

QJsonObject IntakeDialog::submission() const
{
    QJsonArray materials;
    for (int i = 0; i < m_materials->count(); ++i) {
        if (m_materials->item(i)->checkState() == Qt::Checked)
            materials.append(m_materials->item(i)->data(Qt::UserRole).toString());
    }
    QJsonObject args{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("person_no"), m_person ? m_person->personNo : QString()},
                     {QStringLiteral("kind"), m_kind->currentData().toString()},
                     {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                     {QStringLiteral("received_on"), m_received->date().toString(Qt::ISODate)},
                     {QStringLiteral("applicant_kind"), m_applicant->currentData().toString()},
                     {QStringLiteral("materials"), materials}};
    if (m_applicantName->isEnabled()) {
        args.insert(QStringLiteral("applicant_name"), m_applicantName->text().trimmed());
        args.insert(QStringLiteral("applicant_id_number"), m_applicantId->text().trimmed());
    }
    return args;
}

void IntakeDialog::accept()
{
    if (!m_person) {
        sdk::showProblem(m_problem, Tr::tr("Find and choose the insured person first."));
        m_search->setFocus();
        return;
    }
    const QJsonObject args = submission();
    const CommandOutcome outcome = m_context.execute(QStringLiteral("application.submit"), args);
    if (!outcome.ok()) {
        sdk::showProblem(m_problem, outcome.error->message);  // names the field; what was typed stays
        return;
    }
    m_submittedId = args.value(QStringLiteral("id")).toString();
    QDialog::accept();
}

// ---- a new person ---------------------------------------------------------------------------

RegisterPersonDialog::RegisterPersonDialog(ModuleContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(Tr::tr("Register an insured person"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_personNo = new QLineEdit(this);
    form->addRow(Tr::tr("&Person no.:"), m_personNo);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setMaxLength(18);
    form->addRow(Tr::tr("&ID number:"), m_idNumber);
    m_derived = new QLabel(this);
    form->addRow(QString(), m_derived);
    m_name = new QLineEdit(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    m_insurance = new QComboBox(this);
    m_insurance->addItem(Tr::tr("Employees' insurance"), QStringLiteral("EMPLOYEE"));
    m_insurance->addItem(Tr::tr("Residents' insurance"), QStringLiteral("RESIDENT"));
    form->addRow(Tr::tr("&Insurance:"), m_insurance);
    m_enrolled = new QDateEdit(officeToday(), this);
    m_enrolled->setCalendarPopup(true);
    m_enrolled->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(Tr::tr("&Enrolled on:"), m_enrolled);
    form->addRow(Tr::tr("District:"), new QLabel(context.user().district, this));
    layout->addLayout(form);
    m_problem = sdk::problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("&Register")));
    connect(m_idNumber, &QLineEdit::textChanged, this, &RegisterPersonDialog::checkIdNumber);
    sdk::resizeWithin(this, QSize(460, 340));
}

QString RegisterPersonDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void RegisterPersonDialog::checkIdNumber()
{
    const QString id = m_idNumber->text().trimmed().toUpper();
    QString why;
    const std::optional<CitizenIdInfo> info = id.size() == 18 ? validateCitizenId(id, &why) : std::nullopt;
    if (info)
        m_derived->setText(Tr::tr("born %1, %2").arg(sdk::day(info->birthDate),
                                                     info->sex == Sex::Female ? Tr::tr("female") : Tr::tr("male")));
    else
        m_derived->setText(id.size() == 18 ? why : QString());
}

void RegisterPersonDialog::accept()
{
    const QString id = m_idNumber->text().trimmed().toUpper();
    QString why;
    const std::optional<CitizenIdInfo> info = validateCitizenId(id, &why);
    if (!info) {
        sdk::showProblem(m_problem, Tr::tr("id_number: %1").arg(why));
        m_idNumber->setFocus();
        return;
    }
    const QJsonObject args{{QStringLiteral("person_no"), m_personNo->text().trimmed()},
                           {QStringLiteral("id_number"), id},
                           {QStringLiteral("name"), m_name->text().trimmed()},
                           {QStringLiteral("sex"), info->sex == Sex::Female ? QStringLiteral("F") : QStringLiteral("M")},
                           {QStringLiteral("birth_date"), info->birthDate.toString(Qt::ISODate)},
                           {QStringLiteral("insurance_type"), m_insurance->currentData().toString()},
                           {QStringLiteral("enrolled_on"), m_enrolled->date().toString(Qt::ISODate)},
                           {QStringLiteral("district"), m_context.user().district}};
    const CommandOutcome outcome = m_context.execute(QStringLiteral("person.register"), args);
    if (!outcome.ok()) {
        sdk::showProblem(m_problem, outcome.error->message);
        return;
    }
    m_registered = args.value(QStringLiteral("person_no")).toString();
    QDialog::accept();
}

// ---- missing materials ------------------------------------------------------------------------

MaterialsRequestDialog::MaterialsRequestDialog(const QList<MaterialState> &materials, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(Tr::tr("Request the missing materials"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(Tr::tr("Every item still missing is asked for at once; the review clock stops until they arrive."), this));
    m_items = new QListWidget(this);
    for (const MaterialState &material : materials) {
        if (material.received)
            continue;
        auto *entry = new QListWidgetItem(material.name, m_items);
        entry->setData(Qt::UserRole, material.code);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(material.required ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_items);
    layout->addWidget(new QLabel(Tr::tr("Note for the applicant:"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(80);
    layout->addWidget(m_note);
    m_problem = sdk::problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("&Request")));
    sdk::resizeWithin(this, QSize(480, 420));
}

MaterialsRequest MaterialsRequestDialog::request() const
{
    MaterialsRequest request;
    for (int i = 0; i < m_items->count(); ++i) {
        if (m_items->item(i)->checkState() == Qt::Checked)
            request.items << m_items->item(i)->data(Qt::UserRole).toString();
    }
    request.note = m_note->toPlainText().trimmed();
    return request;
}

void MaterialsRequestDialog::accept()
{
    if (request().items.isEmpty()) {
        sdk::showProblem(m_problem, Tr::tr("Tick at least one missing item."));
        return;
    }
    QDialog::accept();
}

// ---- refusal ------------------------------------------------------------------------------------

RefusalDialog::RefusalDialog(const QList<EligibilityHint> &hints, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(Tr::tr("Refuse the application"));
    auto *layout = new QVBoxLayout(this);
    for (const EligibilityHint &hint : hints)
        layout->addWidget(new QLabel(QStringLiteral("• ") + hint.text, this));
    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    for (const QString &reason : refusalReasons())
        m_reason->addItem(refusalReasonTitle(reason), reason);
    for (const EligibilityHint &hint : hints) {
        if (const int index = m_reason->findData(hint.refusalReason); !hint.refusalReason.isEmpty() && index >= 0) {
            m_reason->setCurrentIndex(index);
            break;
        }
    }
    form->addRow(Tr::tr("&Reason:"), m_reason);
    m_text = new QPlainTextEdit(this);
    m_text->setMaximumHeight(90);
    form->addRow(Tr::tr("&Explanation:"), m_text);
    layout->addLayout(form);
    m_problem = sdk::problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("&Refuse")));
    sdk::resizeWithin(this, QSize(520, 360));
}

Refusal RefusalDialog::refusal() const { return Refusal{m_reason->currentData().toString(), m_text->toPlainText().trimmed()}; }

void RefusalDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        sdk::showProblem(m_problem, Tr::tr("Say why, for the notice the applicant receives."));
        return;
    }
    QDialog::accept();
}

// ---- the real prompts ------------------------------------------------------------------------

std::optional<QString> DialogPrompts::intake(QWidget *parent, ModuleContext &context)
{
    IntakeDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.submittedId();
}

std::optional<MaterialsRequest> DialogPrompts::requestMaterials(QWidget *parent, const QList<MaterialState> &materials)
{
    MaterialsRequestDialog dialog(materials, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<Refusal> DialogPrompts::refusal(QWidget *parent, const QList<EligibilityHint> &hints)
{
    RefusalDialog dialog(hints, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.refusal();
}

std::optional<QString> DialogPrompts::scanItem(QWidget *parent, const QList<MaterialState> &materials)
{
    QStringList names;
    for (const MaterialState &item : materials)
        names << item.name;
    names << Tr::tr("(none of the checklist's items)");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, Tr::tr("Attach a scan"), Tr::tr("The scan shows:"), names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = names.indexOf(chosen);
    return index >= 0 && index < materials.size() ? materials.at(index).code : QString();
}

void DialogPrompts::openScan(QWidget *, const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }

} // namespace ltc::applications::ui
